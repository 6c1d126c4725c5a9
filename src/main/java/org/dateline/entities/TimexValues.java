package org.dateline.entities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Doc;

/**
 * Corrects SUTime's normalized values where news conventions (those of TimeML/TempEval) say otherwise:
 * a bare weekday or month is resolved by the tense of its sentence (news reports the past: "Tuesday" in a
 * Wednesday story is yesterday unless the sentence speaks of the future); "two years ago" has the granularity
 * of its unit (1994, not 1994-02-27); a written year keeps its own value; a century is "19", not "19XX"; in
 * earnings news "the quarter" is the one just reported. Returns null for a candidate that is not a time
 * expression at all.
 */
final class TimexValues {

  /** Words SUTime tags that are not time expressions on their own ("once upon", "in the past", "previously"). */
  private static final Set<String> NOT_TIMEX = Set.of("once", "previously", "future", "time", "past", "present",
      "night", "nights", "morning", "mornings", "evening", "afternoon", "ended",
      // Bits of a longer expression that CoreNLP split off ("the" of "the past 24 hours").
      "the", "a", "an", "and", "or", "of", "to");
  private static final Pattern VALID = Pattern.compile(
      "(\\d{4}|XXXX)(-(\\d{2}|XX|Q[1-4X]|W\\d{2}|WXX|SP|SU|FA|WI|H[12])(-(\\d{2}|XX|WE|\\d))?)?(T[0-9A-Z:.]+)?"
          + "(/.*)?|\\d{2,3}X?|P[0-9XT.A-Z]+|(PRESENT|PAST|FUTURE)_REF|T[0-9A-Z:.]+|XXXX-WXX-\\d(T.*)?");
  /** A clock time with SUTime's time-zone offset: "1989-11-09T17:00-0500", "T09:30Z". */
  private static final Pattern ZONED_TIME = Pattern.compile("(.*T\\d{2}(?::\\d{2}){0,2})(?:[-+]\\d{2}:?\\d{2}|Z)");
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");
  private static final Pattern AGO = Pattern.compile(
      "(?i).*\\b(years?|months?|weeks?|decades?)\\s+(ago|earlier|before|later|from now)$");
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");
  private static final Pattern DECADE = Pattern.compile("\\d{3}X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern ORDINAL_QUARTER = Pattern.compile(".*\\b(first|second|third|fourth)[ -]quarter");
  private static final java.util.List<String> ORDINALS = java.util.List.of("first", "second", "third", "fourth");
  private static final Pattern YEAR = Pattern.compile("\\b(1\\d{3}|20\\d{2})\\b");
  /** A day with a part of the day ("2000-01-05TNI"): the part must be said by the expression itself. */
  private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI)");
  private static final Pattern PART_OF_DAY_WORD = Pattern.compile(
      "(?i).*\\b(morning|afternoon|evening|night|overnight|tonight|dawn|dusk|noon|midnight)s?\\b.*");
  /** "the fiscal year ended Sept. 30": a span of a year, not the year itself (TimeML: a DURATION, P1Y). */
  private static final Pattern YEAR_SPAN = Pattern.compile("the (fiscal )?year");
  private static final Set<String> ENDED = Set.of("ended", "ending");

  private TimexValues() {
  }

  static Candidate correct(Doc doc, Candidate c) {
    String text = doc.text(c.start(), c.end()).strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (NOT_TIMEX.contains(lower)) {
      return null;
    }
    if (DiscourseNow.is(doc, c, lower) || MonthNouns.isNoun(doc, c, text)) {
      return null;
    }
    String value = c.normalized();
    Matcher zoned = ZONED_TIME.matcher(value);
    if (zoned.matches()) {
      // TimeML values are local times: "5 p.m. EST" is T17:00, not SUTime's T17:00-0500.
      value = zoned.group(1);
      c = c.withValue(value);
    }
    String simple = CompositeValues.simplify(value, parse(doc.article().published()));
    if (!simple.equals(value)) {
      value = simple;
      c = c.withValue(value);
    }
    if (YEAR_SPAN.matcher(lower).matches() && c.tokenEnd() < doc.tokens().size()
        && ENDED.contains(doc.tokens().get(c.tokenEnd()).word().toLowerCase(Locale.ROOT))) {
      return c.retyped("DURATION", "P1Y");
    }
    String amount = LaterSpans.duration(text);
    if (amount != null) {
      return c.retyped("DURATION", amount);
    }
    Matcher partOfDay = PART_OF_DAY.matcher(value);
    boolean partFollows = c.tokenEnd() < doc.tokens().size()
        && PART_OF_DAY_WORD.matcher(doc.tokens().get(c.tokenEnd()).word()).matches();
    if (partOfDay.matches() && !PART_OF_DAY_WORD.matcher(text).matches() && !partFollows) {
      // SUTime carries "night" over from words further away ("Friday, Oct. 23, at night"); TimeML values say
      // only what the expression says (or the word right after it: "Sunday night").
      value = partOfDay.group(1);
      c = c.withValue(value);
    }
    if (DECADE.matcher(value).matches() && !lower.matches(".*\\d.*")) {
      return null;  // "the past decade": SUTime's 199X is not what TimeML says (198 or P10Y); leave it out
    }
    if (DECADE.matcher(value).matches() && !lower.matches("(the )?(\\d{4}|'\\d{2})s")) {
      // TimeML: "the 1980s" is 198X, a part of it ("the early 1980s", "the last half of the '80s") is 198.
      return c.withValue(value.substring(0, 3));
    }
    Matcher century = CENTURY.matcher(value);
    if (century.matches()) {
      return c.withValue(century.group(1));
    }
    if (text.matches("(1\\d{3}|20\\d{2})") && !value.equals(text)) {
      return c.withValue(text);
    }
    if (!VALID.matcher(value).matches()) {
      Matcher year = YEAR.matcher(text);
      return year.find() ? c.withValue(year.group(1)) : null;
    }
    LocalDate dct = parse(doc.article().published());
    String past = dct == null ? null : PastUnits.previous(lower, value, dct);
    if (past != null) {
      return c.withValue(past);
    }
    String monthYear = dct == null ? null : MonthYears.resolve(text, value, dct, clauseTense(doc, c));
    String dated = monthYear != null || dct == null ? monthYear : Holidays.resolve(doc, c, lower, value, dct);
    if (dated != null) {
      return c.withValue(dated);
    }
    Matcher quarter = QUARTER.matcher(value);
    Matcher ordinal = ORDINAL_QUARTER.matcher(lower);
    if (quarter.matches() && ordinal.matches()) {
      // SUTime misreads a joined ordinal ("the fiscal-first quarter": Q4): the quarter is the one the words number.
      value = quarter.group(1) + "-Q" + (ORDINALS.indexOf(ordinal.group(1)) + 1);
      c = c.withValue(value);
      quarter = QUARTER.matcher(value);
      quarter.matches();
    }
    if (dct != null && quarter.matches() && !YEAR.matcher(text).find()) {
      // Earnings news reports a quarter once it is over: "the quarter" is the last one, and a named quarter
      // later in the year than the story is last year's.
      if (lower.matches("(the|this|the latest) quarter") && value.equals(quarterOf(dct, 0))) {
        return c.withValue(quarterOf(dct, -1));
      }
      if (value.compareTo(quarterOf(dct, 0)) > 0) {
        return c.withValue((Integer.parseInt(quarter.group(1)) - 1) + "-Q" + quarter.group(2));
      }
    }
    if (dct != null && WEEKEND.matcher(value).matches() && lower.matches("(the )?weekend")) {
      return c.withValue(Weekdays.weekend(doc, c, dct));
    }
    Matcher day = DATE_PREFIX.matcher(value);
    if (dct == null || !day.matches() || !c.type().equals("DATE") && !c.type().equals("TIME")) {
      return c;
    }
    LocalDate date = parse(day.group(1));
    if (date == null) {
      return c;
    }
    if (AGO.matcher(lower).matches()) {
      boolean singular = lower.matches("(?i)(a|one) (year|month|week|decade) .*");
      if (singular && lower.contains("year") && doc.article().text().toLowerCase(Locale.ROOT).contains("quarter")) {
        // Earnings news compares the quarter just reported with the same quarter a year before.
        return c.withValue(quarterOf(dct.minusYears(1), -1));
      }
      return singular ? c : c.withValue(granular(date, lower));
    }
    DayOfWeek weekday = Weekdays.named(lower);
    if (weekday != null) {
      return c.withValue(Weekdays.resolve(doc, c, weekday, dct) + day.group(2));
    }
    return c;
  }

  /** {@code date} at the granularity of the unit {@code text} names (year, month, week, decade), else the day. */
  static String granular(LocalDate date, String text) {
    String unit = text.replaceAll("(?i).*\\b(year|month|week|decade)s?\\b.*", "$1").toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "year" -> Integer.toString(date.getYear());
      case "month" -> date.toString().substring(0, 7);
      case "week" -> String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case "decade" -> Integer.toString(date.getYear() / 10);
      default -> date.toString();
    };
  }

  /**
   * The tense that places a month in time; none for a month before a noun ("a June agreement", "November
   * transactions"): it names a thing, not when the clause happens.
   */
  private static Tense clauseTense(Doc doc, Candidate c) {
    boolean prenominal = c.tokenEnd() < doc.tokens().size() && doc.tokens().get(c.tokenEnd()).pos().startsWith("NN");
    return prenominal ? Tense.NONE : Tense.of(doc, c.sentence(), c.tokenStart(), c.tokenEnd());
  }

  /** The calendar quarter of {@code date}, shifted by {@code shift} quarters: "1989-Q3". */
  private static String quarterOf(LocalDate date, int shift) {
    LocalDate d = date.plusMonths(3L * shift);
    return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
  }

  static LocalDate parse(String iso) {
    try {
      return iso.isEmpty() ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
