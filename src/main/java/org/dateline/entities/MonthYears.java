package org.dateline.entities;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a month-day named without one ("Nov. 20", "March 31") and of "last June". News speaks of the days
 * around its date: a month-day is the one nearest the publication date, within six months either way (in the dev
 * set 137 of 145 month-days; SUTime's choice is often a year off), and "last June" is the latest June before the
 * story's month. A bare month ("in December") is left to SUTime: the nearest one would gain 4 of 1,535 dev values
 * but dates "until December" in an October story forward where the sentence speaks of last December.
 */
final class MonthYears {

  private static final Pattern MONTH_TEXT = Pattern.compile(
      "(?i)((early|late|mid-?|last|this) )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
          + "( \\d{1,2})?");
  private static final Pattern VALUE = Pattern.compile("(\\d{4})-(\\d{2})(-\\d{2}.*)?");

  private MonthYears() {
  }

  /** The corrected value, or null when the expression is not a month without its year. */
  static String resolve(String text, String value, LocalDate dct) {
    Matcher t = MONTH_TEXT.matcher(text);
    Matcher v = VALUE.matcher(value);
    if (!t.matches() || !v.matches()) {
      return null;
    }
    if (t.group(4) == null && (t.group(2) == null || !t.group(2).equalsIgnoreCase("last"))) {
      return null;  // a bare month: see above
    }
    int month = Integer.parseInt(v.group(2));
    String modifier = t.group(2) == null ? "" : t.group(2).toLowerCase(java.util.Locale.ROOT);
    int year;
    if (modifier.equals("last")) {
      year = month > dct.getMonthValue() ? dct.getYear() - 1 : dct.getYear();
    } else if (modifier.equals("this")) {
      year = dct.getYear();
    } else {
      int here = dct.getYear() * 12 + dct.getMonthValue();
      year = dct.getYear() - 1;
      for (int y = dct.getYear(); y <= dct.getYear() + 1; y++) {
        if (Math.abs(y * 12 + month - here) < Math.abs(year * 12 + month - here)) {
          year = y;
        }
      }
    }
    return year + value.substring(4);
  }
}
