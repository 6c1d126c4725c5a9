package org.dateline.entities;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
    String unit = m.group(1);
    if (!value.equals(TimexValues.granular(dct, unit))) {
      return null;
    }
    return TimexValues.granular(dct.minus(1, ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S")), unit);
  }
}
