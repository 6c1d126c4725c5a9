package org.dateline.entities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime leaves some values as unresolved formulas when an expression joins a date with an amount or an anchor:
 * "more than four hours Friday" is {@code 1998-02-27-WXX-5 INTERSECT >PT4H}, "Nov. 3, the day before" is
 * {@code THIS P1D INTERSECT XXXX-11-03}, "the week of March 6" {@code 2000-03-06 INTERSECT P1W}. No such string is a
 * TimeML value, so the expression was lost. The date in the formula is the value: its weekday repeated
 * ({@code -WXX-5}) is dropped, a day intersected with a week is that week, and a month-day without its year takes
 * the year that puts it nearest the publication date (as {@link MonthYears} does for "Nov. 3" written alone).
 */
final class CompositeValues {

  private static final Pattern DATE_PART = Pattern.compile(
      "(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?|-Q[1-4]|-H[12])?(?:-WXX-\\d)?(T[A-Z0-9:]+)?");
  private static final String INTERSECT = " INTERSECT ";

  private CompositeValues() {
  }

  /** The date a formula value names, or the value itself when it is no formula (or names no date). */
  static String simplify(String value, LocalDate dct) {
    if (!value.contains(INTERSECT)) {
      return value;
    }
    String[] parts = value.split(INTERSECT);
    String right = parts[1].replaceFirst(" OFFSET .*", "");
    for (String part : new String[] {parts[0], right}) {
      Matcher m = DATE_PART.matcher(part.strip());
      if (m.matches()) {
        String date = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        String time = m.group(4) == null ? "" : m.group(4);
        if (date.startsWith("XXXX-") && m.group(3) != null && dct != null) {
          date = MonthYears.nearestYear(Integer.parseInt(date.substring(5, 7)), dct) + date.substring(4);
        }
        boolean week = right.strip().equals("P1W") && m.group(3) != null && !date.startsWith("X");
        return week ? weekOf(date) : date + time;
      }
    }
    return value;
  }

  private static String weekOf(String day) {
    try {
      LocalDate d = LocalDate.parse(day);
      return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
          d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    } catch (DateTimeParseException e) {
      return day;
    }
  }
}
