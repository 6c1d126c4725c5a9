package org.dateline.entities;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The past year" dated as a whole (TimeML: the year before the story's, as "last year" is); SUTime gives it the
 * story's own year. The same holds for "the past month" and "the past week": the unit just gone, not the current one.
 */
final class PastUnits {

  private static final Pattern PAST = Pattern.compile("the past (year|month|week)");

  private PastUnits() {
  }

  /** The corrected value of {@code lower}, or null when it is no such expression or SUTime did not date it now. */
  static String previous(String lower, String value, LocalDate dct) {
    Matcher m = PAST.matcher(lower);
    if (!m.matches()) {
      return null;
    }
    return switch (m.group(1)) {
      case "year" -> value.equals(Integer.toString(dct.getYear())) ? Integer.toString(dct.getYear() - 1) : null;
      case "month" -> value.equals(month(dct)) ? month(dct.minusMonths(1)) : null;
      default -> value.equals(week(dct)) ? week(dct.minusWeeks(1)) : null;
    };
  }

  private static String month(LocalDate d) {
    return d.toString().substring(0, 7);
  }

  private static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
