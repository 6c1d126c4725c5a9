package org.dateline.page;

import org.dateline.doc.Section;

/**
 * Finds the headline: the line the page marked as one; else the line near the top that equals the given title
 * (whitespace/case normalised); else the first short, title-like line at the top that is followed by a paragraph
 * break or by a line that fits below a headline. Chrome and section labels ("Politics") right above it are chrome.
 */
final class Headline {

  private Headline() {
  }

  private static final int MAX_CHARS = 200;
  /** How many non-blank lines at the top are searched for the given title. */
  private static final int TITLE_WINDOW = 12;
  /** How many label lines may stand above a guessed headline. */
  private static final int LABEL_WINDOW = 5;

  /** Labels the headline (and the labels above it) and returns its line, or -1 when there is none. */
  static int mark(Lines lines, String title) {
    int h = lines.first(Section.HEADLINE);
    if (h < 0) {
      h = lineOfTitle(lines, title);
    }
    if (h < 0) {
      return guess(lines);
    }
    lines.label(h, Section.HEADLINE);
    for (int j = 0; j < h; j++) {
      if (lines.open(j) && Chrome.isAboveHeadline(lines.text(j))) {
        lines.label(j, Section.CHROME);
      }
    }
    return h;
  }

  private static int lineOfTitle(Lines lines, String title) {
    String t = LineText.norm(title);
    if (t.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < Math.min(lines.size(), TITLE_WINDOW); i++) {
      if (lines.open(i) && LineText.norm(lines.text(i)).equals(t)) {
        return i;
      }
    }
    return -1;
  }

  private static int guess(Lines lines) {
    int n = lines.size();
    // labels on top, then a title-like line followed by a fitting line
    int j = 0;
    while (j < Math.min(n, LABEL_WINDOW) && Chrome.isAboveHeadline(lines.text(j))) {
      j++;
    }
    if (j > 0 && j + 1 < n && lines.open(j) && isCandidate(lines.text(j))
        && fitsBelow(lines.text(j), lines.text(j + 1))) {
      for (int k = 0; k < j; k++) {
        lines.labelIfOpen(k, Section.CHROME);
      }
      lines.label(j, Section.HEADLINE);
      return j;
    }
    // no labels (or labels not followed by a headline): the first line itself
    int first = 0;
    while (first < n && Chrome.isChrome(lines.text(first)) && first < LABEL_WINDOW) {
      first++;
    }
    if (first + 1 < n && lines.open(first) && isCandidate(lines.text(first))
        && (lines.para(first + 1) != lines.para(first) || fitsBelow(lines.text(first), lines.text(first + 1)))) {
      lines.label(first, Section.HEADLINE);
      return first;
    }
    return -1;
  }

  static boolean isCandidate(String s) {
    if (s.length() < 2 || s.length() > MAX_CHARS || !s.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    if (LineText.words(s) > 30 || Chrome.isChrome(s) || DateLines.isDateLine(s) || Captions.isCaption(s)
        || Bylines.isByline(s)) {
      return false;
    }
    String core = s.replaceAll("[\"”’')\\]]+$", "");
    if (core.isEmpty()) {
      return false;
    }
    char last = core.charAt(core.length() - 1);
    if (".:;,".indexOf(last) >= 0) {
      return isWireHeadline(s);
    }
    return "?!".indexOf(last) < 0 || LineText.words(s) <= 15;
  }

  /** Newswire headline ending in a period: all caps, or tokenised with a detached final " ." (CoNLL style). */
  private static boolean isWireHeadline(String s) {
    return !s.endsWith("...") && (LineText.mostlyUpperCase(s) && s.endsWith(".") || s.endsWith(" ."))
        && LineText.words(s) <= 25;
  }

  /** Whether {@code next} is a plausible line to follow the headline {@code head} within the same paragraph. */
  private static boolean fitsBelow(String head, String next) {
    if (LineText.norm(next).equals(LineText.norm(head)) || Chrome.isChrome(next) || Captions.isCaption(next)
        || Bylines.isByline(next) || DateLines.isDateLine(next) || Names.isNameLine(next)) {
      return true;
    }
    // a period-final wire headline needs a dateline or author line below it to count as a headline
    return !head.endsWith(".") && isBodyLike(next);
  }

  private static boolean isBodyLike(String s) {
    if (s.length() > MAX_CHARS || LineText.words(s) >= 15) {
      return true;
    }
    char last = s.charAt(s.length() - 1);
    return ".!?\"”’')".indexOf(last) >= 0 && LineText.words(s) >= 4;
  }
}
