package org.dateline.page;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.doc.Section;

/**
 * The author box near the end of a page: an author's name line (byline), job-title lines around it ("Senior
 * Editor": chrome) and the bio paragraphs that follow and start with the name; or, without a box, a last paragraph
 * "Jane Doe is a reporter for ..." (bio).
 */
final class AuthorBox {

  private AuthorBox() {
  }

  /** How many non-blank lines at the end of the text may hold an author box. */
  private static final int WINDOW = 15;

  /** Job titles in author boxes. */
  private static final Set<String> ROLE_WORDS = Set.of(
      "reporter", "editor", "writer", "correspondent", "journalist", "columnist", "contributor", "producer",
      "photographer", "photojournalist", "analyst", "author", "intern", "fellow", "editor-in-chief", "anchor",
      "host", "critic", "chief", "freelancer");
  /** Lower-case words a job title may hold besides capitalised words and roles ("Editor of the Year"). */
  private static final Set<String> TITLE_FILLERS = Set.of("of", "for", "and", "at", "the", "in", "&", "-");

  private static final Pattern BIO_START = Pattern.compile(
      "^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}"
          + "(?:reporter|editor|writer|correspondent|journalist|columnist|contributor|producer|photographer|analyst)"
          + "s?\\b.*?\\b(?:for|at|with|based|covering|who covers)\\b");

  /** Labels author boxes among the last lines after the first body line {@code firstBody}. */
  static void mark(Lines lines, int firstBody) {
    int n = lines.size();
    for (int i = Math.max(firstBody + 1, n - WINDOW); i < n; i++) {
      String s = lines.text(i);
      boolean byLine = lines.label(i) == Section.BYLINE && Bylines.isByline(s);
      if (!(lines.open(i) && Names.isNameLine(s)) && !byLine) {
        continue;
      }
      String name = byLine ? Bylines.bylineName(s) : s;
      if (name == null) {
        continue;
      }
      String prev = lines.text(i - 1);
      String next = lines.text(i + 1);
      boolean box = byLine || isAvatar(prev) || isJobTitle(prev) || isJobTitle(next)
          || Names.startsWithName(next, name) || (isJobTitle(next) && Names.startsWithName(lines.text(i + 2), name));
      if (box) {
        i = markBox(lines, i, name) - 1;
      }
    }
  }

  /** Labels the box whose name line is {@code i}; returns the first line after it. */
  private static int markBox(Lines lines, int i, String name) {
    int n = lines.size();
    lines.label(i, Section.BYLINE);
    if (i > 0 && lines.open(i - 1) && isJobTitle(lines.text(i - 1))) {
      lines.label(i - 1, Section.CHROME);
    }
    int k = i + 1;
    while (k < n && (lines.label(k) == Section.CHROME || (lines.open(k) && isJobTitle(lines.text(k))))) {
      lines.label(k, Section.CHROME);
      k++;
    }
    // bio: following paragraphs that start with the name
    while (k < n && lines.open(k) && Names.startsWithName(lines.text(k), name)) {
      int para = lines.para(k);
      while (k < n && lines.para(k) == para) {
        lines.labelIfOpen(k, Section.BIO);
        k++;
      }
      while (k < n && lines.label(k) == Section.CHROME) {
        k++;
      }
    }
    return k;
  }

  /** "Jane Doe is a reporter for ..." as the last non-chrome paragraph, without a detected author box. */
  static void markStandaloneBio(Lines lines, int firstBody) {
    int last = -1;
    for (int i = lines.size() - 1; i > firstBody; i--) {
      if (lines.label(i) != Section.CHROME) {
        last = i;
        break;
      }
    }
    if (last < 0 || !lines.open(last)) {
      return;
    }
    int para = lines.para(last);
    int start = last;
    while (start - 1 > firstBody && lines.para(start - 1) == para) {
      start--;
    }
    if (lines.para(start) == lines.para(firstBody) || !BIO_START.matcher(lines.text(start)).find()) {
      return;
    }
    for (int i = start; i <= last; i++) {
      lines.labelIfOpen(i, Section.BIO);
    }
  }

  static boolean isAvatar(String s) {
    String l = LineText.labelKey(s);
    return l.equals("avatar") || l.equals("author") || l.equals("author image") || l.equals("author photo")
        || l.startsWith("photo of ") || l.startsWith("profile ");
  }

  static boolean isJobTitle(String s) {
    if (s.isEmpty() || s.length() > 60 || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
      return false;
    }
    String[] w = s.split("[\\s,]+");
    if (w.length > 6) {
      return false;
    }
    boolean role = false;
    for (String x : w) {
      String l = x.toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(l) || ROLE_WORDS.contains(l.replaceAll("s$", ""))) {
        role = true;
      } else if (!Character.isUpperCase(x.codePointAt(0)) && !TITLE_FILLERS.contains(l)) {
        return false;
      }
    }
    return role;
  }
}
