package org.dateline.entities;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a month named without one ("Nov. 20", "in March", "last June"). News speaks of the days around its
 * date: a month-day is the one nearest the publication date, within six months either way (in the dev set 137 of
 * 145 month-days; SUTime's choice is often a year off), and "last June" is the latest June before the story's
 * month. A bare month ("in December") follows the tense of its clause ({@link Tense}): "stepped down in March" is
 * the last March, "a mission in December" that "will" fly the next December, and otherwise the nearest one.
 */
final class MonthYears {

  private static final Pattern MONTH_TEXT = Pattern.compile(
      "(?i)((early|late|mid|last|this)[ -])?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
          + "( \\d{1,2})?");
  private static final Pattern VALUE = Pattern.compile("(\\d{4})-(\\d{2})(-\\d{2}.*)?");

  private MonthYears() {
  }

  /** The corrected value, or null when the expression is not a month without its year. */
  static String resolve(String text, String value, LocalDate dct, Tense tense) {
    Matcher t = MONTH_TEXT.matcher(text);
    Matcher v = VALUE.matcher(value);
    if (!t.matches() || !v.matches()) {
      return null;
    }
    int month = Integer.parseInt(v.group(2));
    String modifier = t.group(2) == null ? "" : t.group(2).toLowerCase(java.util.Locale.ROOT);
    int year;
    if (t.group(4) == null && !modifier.equals("last") && !modifier.equals("this")) {
      year = bareMonthYear(month, dct, tense);
    } else if (modifier.equals("last")) {
      year = month > dct.getMonthValue() ? dct.getYear() - 1 : dct.getYear();
    } else if (modifier.equals("this")) {
      year = dct.getYear();
    } else {
      year = nearestYear(month, dct);
    }
    return year + value.substring(4);
  }

  /** The year that puts {@code month} nearest the story's month, the earlier one on a tie (news reports the past). */
  static int nearestYear(int month, LocalDate dct) {
    int here = dct.getYear() * 12 + dct.getMonthValue();
    int year = dct.getYear() - 1;
    for (int y = dct.getYear(); y <= dct.getYear() + 1; y++) {
      if (Math.abs(y * 12 + month - here) < Math.abs(year * 12 + month - here)) {
        year = y;
      }
    }
    return year;
  }

  /**
   * A month named alone ("in March", "until December") is the last one on or before the story's month when its
   * clause is in the past tense, the next one on or after it when the clause speaks of the future.
   */
  private static int bareMonthYear(int month, LocalDate dct, Tense tense) {
    return switch (tense) {
      case PAST -> month <= dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1;
      case FUTURE -> month >= dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1;
      default -> nearestYear(month, dct);
    };
  }
}
