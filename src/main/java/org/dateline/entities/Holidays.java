package org.dateline.entities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.IntStream;
import org.dateline.doc.Doc;

/**
 * A holiday named without its year ("Thanksgiving", "Labor Day", "Christmas") is, like a bare month, the last one
 * on or before the story when its clause is past, the next one when it is future, otherwise the nearest one.
 * SUTime takes the one in the story's year, which in a January story is the coming Thanksgiving, eleven months
 * ahead. A holiday is a proper name (every word a proper noun) that SUTime dates to the day. Those fixed on a weekday
 * of the month keep it in the other year ("the fourth Thursday of November"), those set by the moon are left as
 * SUTime dates them, the rest keep their month and day.
 */
final class Holidays {

  /** The first word of holidays set on a weekday of their month (US and UK usage). */
  private static final Set<String> ON_A_WEEKDAY = Set.of("thanksgiving", "labor", "labour", "memorial", "columbus",
      "presidents", "presidents'", "president's", "mother's", "father's");
  /** The first word of holidays set by the moon (Easter, Passover, Ramadan...): no rule here moves them. */
  private static final Set<String> MOVEABLE = Set.of("easter", "good", "palm", "ash", "lent", "pentecost", "passover",
      "ramadan", "eid", "hanukkah", "chanukah", "rosh", "yom", "purim", "diwali", "mardi");

  private Holidays() {
  }

  /** The corrected value, or null when {@code c} is no holiday or its year stands. */
  static String resolve(Doc doc, Candidate c, String lower, String value, LocalDate dct) {
    LocalDate named = TimexValues.parse(value);
    boolean properName = IntStream.range(c.tokenStart(), c.tokenEnd())
        .allMatch(i -> doc.tokens().get(i).pos().startsWith("NNP") || doc.tokens().get(i).pos().equals("POS"));
    String first = lower.split(" ")[0];
    if (named == null || !properName || lower.matches(".*\\d.*") || Weekdays.named(lower) != null
        || MOVEABLE.contains(first)) {
      return null;
    }
    boolean weekdayRule = ON_A_WEEKDAY.contains(first);
    Tense tense = Tense.of(doc, c.sentence(), c.tokenStart(), c.tokenEnd());
    LocalDate best = IntStream.rangeClosed(-1, 1).mapToObj(shift -> inYear(named, named.getYear() + shift, weekdayRule))
        .filter(d -> tense != Tense.PAST || !d.isAfter(dct)).filter(d -> tense != Tense.FUTURE || !d.isBefore(dct))
        .min(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - dct.toEpochDay()))).orElse(named);
    return best.equals(named) ? null : best.toString();
  }

  /** The same holiday in {@code year}: the same weekday of the month (the last one stays last), or the same day. */
  private static LocalDate inYear(LocalDate date, int year, boolean weekdayRule) {
    if (!weekdayRule) {
      return date.withYear(year);
    }
    DayOfWeek day = date.getDayOfWeek();
    LocalDate month = LocalDate.of(year, date.getMonthValue(), 1);
    if (date.getDayOfMonth() + 7 > date.lengthOfMonth()) {
      return month.with(TemporalAdjusters.lastInMonth(day));
    }
    return month.with(TemporalAdjusters.dayOfWeekInMonth((date.getDayOfMonth() - 1) / 7 + 1, day));
  }
}
