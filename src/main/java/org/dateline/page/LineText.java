package org.dateline.page;

import java.util.Locale;

/** Small text measures the line rules share. */
final class LineText {

  private LineText() {
  }

  /** Lower-case, whitespace-collapsed form used to compare lines with the title / headline. */
  static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** {@link #norm} without leading/trailing arrows, bullets, colons and ellipses: "Read more »" is "read more". */
  static String labelKey(String s) {
    String l = norm(s);
    l = l.replaceAll("^[\\s|•·>»›→←‹«<-]+", "").replaceAll("[\\s:|•·>»›→…<-]+$", "").replaceAll("\\.{3}$", "");
    return l.strip();
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  static boolean mostlyUpperCase(String s) {
    int up = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          up++;
        }
      }
    }
    return letters >= 3 && up >= 0.8 * letters;
  }
}
