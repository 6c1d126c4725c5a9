package org.dateline.page;

import org.dateline.doc.Section;
import org.dateline.doc.Segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.dateline.page.PageLines.*;

/**
 * Splits the text of a scraped news page into {@link Segment}s: headline, body, photo captions, bylines,
 * author bios and page chrome (navigation, UI labels, read-time, copyright, ...).
 *
 * <p>The segmenter works on lines (text between line breaks; {@code \n}, {@code \r\n} and {@code \r} all count).
 * Paragraphs are runs of non-blank lines separated by blank lines. Every non-blank line ends up in exactly one
 * segment; a segment starts at the first and ends after the last non-whitespace character of its lines.
 * Consecutive body, bio or chrome lines of one paragraph are merged into one segment; every headline, caption
 * and byline line is a segment of its own.
 *
 * <p>The rules are deliberately conservative and site-independent: anything not recognised is body, and a text
 * in which nothing would be body comes out as all body. Decisions worth knowing:
 * <ul>
 *   <li>A standalone dateline line ("Sunday, January 20, 2008", "LONDON 1996-08-30") is <b>body</b>: it is a
 *       date the user may want. It is never taken as a headline, though.</li>
 *   <li>The headline is the given {@code title} when a line near the top equals it (whitespace/case
 *       normalised); otherwise the first short, title-like line at the top that is followed by a paragraph
 *       break or by body-like text. Single-word section labels ("Politics") right before it are chrome.
 *       Later exact repeats of the headline are chrome.</li>
 *   <li>Job-title lines in an author box ("Reporter", "Senior Editor") are chrome; the name line is byline.</li>
 * </ul>
 * All word lists and patterns live in {@link PageLines}.
 */
public final class PageSegmenter {

  // ---------------------------------------------------------------- lines

  private record Line(int start, int end, String text, int para) {
  }

  /**
   * Segments {@code text}.
   *
   * @param text  the article text (null is treated as empty)
   * @param title the title known from the input; may be empty or null
   * @return segments in text order, non-overlapping, covering every non-blank line
   */
  public List<Segment> segment(String text, String title) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Line> lines = splitLines(text);
    int n = lines.size();
    if (n == 0) {
      return List.of();
    }
    Section[] sec = new Section[n];

    // 1. headline (and section labels above it)
    int h = findHeadline(lines, title == null ? "" : title, sec);
    String headNorm = h >= 0 ? norm(lines.get(h).text()) : null;

    // 2. header zone right below the headline: repeats, labels, captions, bylines, author name line
    int firstBody = -1;
    if (h >= 0) {
      for (int i = h + 1; i < n; i++) {
        String s = lines.get(i).text();
        if (norm(s).equals(headNorm) || isChrome(s)) {
          sec[i] = Section.CHROME;
        } else if (isCaption(s)) {
          sec[i] = Section.CAPTION;
        } else if (isByline(s) || (i <= h + 3 && isNameLine(s))) {
          sec[i] = Section.BYLINE;
        } else {
          break;
        }
      }
    }

    // 3. anywhere: chrome labels, headline repeats, captions, bylines
    for (int i = 0; i < n; i++) {
      if (sec[i] != null) {
        continue;
      }
      String s = lines.get(i).text();
      if ((headNorm != null && norm(s).equals(headNorm)) || isChrome(s)) {
        sec[i] = Section.CHROME;
      } else if (isCaption(s)) {
        sec[i] = Section.CAPTION;
      } else if (isByline(s)) {
        sec[i] = Section.BYLINE;
      } else if (firstBody < 0) {
        firstBody = i;
      }
    }

    // 4. author box and bio near the end
    if (firstBody >= 0) {
      authorBox(lines, sec, firstBody);
      standaloneBio(lines, sec, firstBody);
    }

    // 5. the rest is body; conservative fallback when nothing would be body
    boolean anyBody = false;
    for (int i = 0; i < n; i++) {
      if (sec[i] == null) {
        sec[i] = Section.BODY;
      }
      anyBody |= sec[i] == Section.BODY;
    }
    if (!anyBody) {
      java.util.Arrays.fill(sec, Section.BODY);
    }
    return toSegments(lines, sec);
  }

  // ---------------------------------------------------------------- steps

  private int findHeadline(List<Line> lines, String title, Section[] sec) {
    int n = lines.size();
    String t = norm(title);
    if (!t.isEmpty()) {
      for (int i = 0; i < Math.min(n, TITLE_WINDOW); i++) {
        if (norm(lines.get(i).text()).equals(t)) {
          sec[i] = Section.HEADLINE;
          for (int j = 0; j < i; j++) {
            String s = lines.get(j).text();
            if (isChrome(s) || isSectionLabel(s)) {
              sec[j] = Section.CHROME;
            }
          }
          return i;
        }
      }
    }
    // labels on top, then a title-like line followed by a fitting line
    int j = 0;
    while (j < Math.min(n, 5) && (isChrome(lines.get(j).text()) || isSectionLabel(lines.get(j).text()))) {
      j++;
    }
    if (j > 0 && j + 1 < n && isHeadlineCandidate(lines.get(j).text())
        && fitsAfterHeadline(lines.get(j).text(), lines.get(j + 1).text())) {
      for (int k = 0; k < j; k++) {
        sec[k] = Section.CHROME;
      }
      sec[j] = Section.HEADLINE;
      return j;
    }
    // no labels (or labels not followed by a headline): the first line itself
    int first = 0;
    while (first < n && isChrome(lines.get(first).text()) && first < 5) {
      first++;
    }
    if (first + 1 < n && isHeadlineCandidate(lines.get(first).text())) {
      Line a = lines.get(first);
      Line b = lines.get(first + 1);
      if (b.para() != a.para() || fitsAfterHeadline(a.text(), b.text())) {
        sec[first] = Section.HEADLINE;
        return first;
      }
    }
    return -1;
  }

  private void authorBox(List<Line> lines, Section[] sec, int firstBody) {
    int n = lines.size();
    int from = Math.max(firstBody + 1, n - AUTHOR_BOX_WINDOW);
    for (int i = from; i < n; i++) {
      String s = lines.get(i).text();
      boolean byLine = sec[i] == Section.BYLINE && isByline(s);
      if (!(sec[i] == null && isNameLine(s)) && !byLine) {
        continue;
      }
      String name = byLine ? bylineName(s) : s;
      if (name == null) {
        continue;
      }
      String prev = i > 0 ? lines.get(i - 1).text() : "";
      String next = i + 1 < n ? lines.get(i + 1).text() : "";
      String after = i + 2 < n ? lines.get(i + 2).text() : "";
      boolean box = byLine || isAvatar(prev) || isJobTitle(prev) || isJobTitle(next)
          || startsWithName(next, name) || (isJobTitle(next) && startsWithName(after, name));
      if (!box) {
        continue;
      }
      sec[i] = Section.BYLINE;
      if (i > 0 && sec[i - 1] == null && isJobTitle(prev)) {
        sec[i - 1] = Section.CHROME;
      }
      int k = i + 1;
      while (k < n && (sec[k] == Section.CHROME || (sec[k] == null && isJobTitle(lines.get(k).text())))) {
        sec[k] = Section.CHROME;
        k++;
      }
      // bio: following paragraphs that start with the name
      while (k < n && sec[k] == null && startsWithName(lines.get(k).text(), name)) {
        int para = lines.get(k).para();
        while (k < n && lines.get(k).para() == para) {
          if (sec[k] == null) {
            sec[k] = Section.BIO;
          }
          k++;
        }
        while (k < n && sec[k] == Section.CHROME) {
          k++;
        }
      }
      i = k - 1;
    }
  }

  /** "Jane Doe is a reporter for ..." as the last non-chrome paragraph, without a detected author box. */
  private void standaloneBio(List<Line> lines, Section[] sec, int firstBody) {
    int last = -1;
    for (int i = lines.size() - 1; i > firstBody; i--) {
      if (sec[i] != Section.CHROME) {
        last = i;
        break;
      }
    }
    if (last < 0 || sec[last] != null) {
      return;
    }
    int para = lines.get(last).para();
    int start = last;
    while (start - 1 > firstBody && lines.get(start - 1).para() == para) {
      start--;
    }
    if (lines.get(start).para() == lines.get(firstBody).para()) {
      return;
    }
    if (BIO_START.matcher(lines.get(start).text()).find()) {
      for (int i = start; i <= last; i++) {
        if (sec[i] == null) {
          sec[i] = Section.BIO;
        }
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static List<Line> splitLines(String text) {
    List<Line> out = new ArrayList<>();
    int para = 0;
    boolean blankSeen = false;
    int i = 0;
    int len = text.length();
    while (i < len) {
      int j = i;
      while (j < len && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
        j++;
      }
      int a = i;
      int b = j;
      while (a < b && isSpace(text.charAt(a))) {
        a++;
      }
      while (b > a && isSpace(text.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        if (blankSeen && !out.isEmpty()) {
          para++;
        }
        blankSeen = false;
        out.add(new Line(a, b, text.substring(a, b), para));
      } else {
        blankSeen = true;
      }
      if (j < len && text.charAt(j) == '\r' && j + 1 < len && text.charAt(j + 1) == '\n') {
        j++;
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  private static List<Segment> toSegments(List<Line> lines, Section[] sec) {
    List<Segment> out = new ArrayList<>();
    int curStart = -1;
    int curEnd = -1;
    int curPara = -1;
    Section cur = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Section s = sec[i];
      boolean mergeable = s == Section.BODY || s == Section.BIO || s == Section.CHROME;
      if (cur != null && s == cur && mergeable && l.para() == curPara) {
        curEnd = l.end();
        continue;
      }
      if (cur != null) {
        out.add(new Segment(cur, curStart, curEnd));
      }
      cur = s;
      curStart = l.start();
      curEnd = l.end();
      curPara = l.para();
    }
    if (cur != null) {
      out.add(new Segment(cur, curStart, curEnd));
    }
    return out;
  }

}
