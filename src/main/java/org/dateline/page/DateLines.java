package org.dateline.page;

import java.util.regex.Pattern;

/**
 * Standalone date and dateline lines: "Sunday, January 20, 2008", "LONDON 1996-08-30",
 * "Updated: Jan. 30, 2026, 10:15 am", "WASHINGTON (AP) --". Such a line is never a headline; it stays body, being
 * a date the user may want.
 */
final class DateLines {

  private DateLines() {
  }

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern DATE_IN_LINE = Pattern.compile(
      "(?i)\\b(?:" + MONTH + "\\s+\\d{1,2}\\b|\\d{1,2}\\s+" + MONTH + "|" + MONTH + "\\s+\\d{4}"
          + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})");
  /** A word that may stand in a date line: month, weekday, number, time, zone, "updated", filler, punctuation. */
  private static final Pattern DATE_WORD = Pattern.compile(
      "(?i)(?:" + MONTH + "|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?|\\d[\\d:./-]*(?:st|nd|rd|th)?"
          + "|[ap]\\.?m\\.?|gmt|utc|[a-z]st|[a-z]dt|cet|updated:?|published:?|posted:?|last|on|at|of|the|-|–|—|\\W+)");
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}\\s.'’-]+(?:\\s*,\\s*[\\p{L}.\\s]+)?\\s*(?:\\(\\s*\\p{Lu}[\\p{L}\\s]*\\)\\s*)?(?:_|-{1,2}|—|–)"
          + "|(?i:\\(undated\\))\\s*(?:_|-{1,2}|—|–)?)\\s*$");

  /** A line that holds a date and at most three other words, or a wire dateline ("WASHINGTON _"). */
  static boolean isDateLine(String s) {
    if (s.length() > 60) {
      return false;
    }
    if (WIRE_DATELINE.matcher(s).matches()) {
      return true;
    }
    if (!DATE_IN_LINE.matcher(s).find()) {
      return false;
    }
    int other = 0;
    for (String w : s.split("[\\s,|•·]+")) {
      if (!w.isEmpty() && !DATE_WORD.matcher(w).matches()) {
        other++;
      }
    }
    return other <= 3;
  }
}
