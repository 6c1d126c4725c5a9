package org.dateline.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dateline.doc.PageHints;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;

/**
 * The non-blank lines of a page and the section each has been given so far. Lines are the text between line
 * breaks ({@code \n}, {@code \r\n} and {@code \r} all count), trimmed; paragraphs are runs of lines between blank
 * lines. A line without a section is <em>open</em>: no step has decided it yet. Each segmenting step labels open
 * lines; what is open at the end is body.
 */
final class Lines {

  private record Line(int start, int end, String text, int para) {
  }

  private final List<Line> lines;
  private final Section[] labels;

  private Lines(List<Line> lines) {
    this.lines = lines;
    this.labels = new Section[lines.size()];
  }

  static Lines of(String text) {
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
    return new Lines(out);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  int size() {
    return lines.size();
  }

  /** The trimmed text of line {@code i}; the empty string past either end, so rules can look around freely. */
  String text(int i) {
    return i >= 0 && i < lines.size() ? lines.get(i).text() : "";
  }

  int para(int i) {
    return lines.get(i).para();
  }

  Section label(int i) {
    return labels[i];
  }

  boolean open(int i) {
    return labels[i] == null;
  }

  void label(int i, Section section) {
    labels[i] = section;
  }

  /** Labels line {@code i} unless a step (or the page's markup) already has. */
  void labelIfOpen(int i, Section section) {
    if (labels[i] == null) {
      labels[i] = section;
    }
  }

  /** Gives every line the page's markup holds the section the markup says. */
  void labelMarked(PageHints hints) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      labels[i] = hints.sectionOf(l.start(), l.end()).orElse(labels[i]);
    }
  }

  /** The first line labelled {@code section}, or -1. */
  int first(Section section) {
    return IntStream.range(0, labels.length).filter(i -> labels[i] == section).findFirst().orElse(-1);
  }

  /** The open lines become body; when nothing would be body, everything is (the conservative fallback). */
  void labelRestAsBody() {
    for (int i = 0; i < labels.length; i++) {
      labelIfOpen(i, Section.BODY);
    }
    if (first(Section.BODY) < 0) {
      Arrays.fill(labels, Section.BODY);
    }
  }

  /** The text of the lines labelled {@code section}, joined by a space. */
  String joined(Section section) {
    return IntStream.range(0, labels.length).filter(i -> labels[i] == section).mapToObj(this::text)
        .collect(Collectors.joining(" "));
  }

  /**
   * The labelled lines as segments: consecutive body, bio or chrome lines of one paragraph are merged; every
   * headline, caption and byline line is a segment of its own.
   */
  List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    int curStart = -1;
    int curEnd = -1;
    int curPara = -1;
    Section cur = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Section s = labels[i];
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
