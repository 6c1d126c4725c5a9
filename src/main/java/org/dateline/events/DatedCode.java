package org.dateline.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * An actor code and the days it holds for, as PETRARCH writes them inside brackets: {@code USAGOV} (always),
 * {@code HOB <950601} (before that day), {@code HOBREB >990816} (from that day on), {@code HOBGOV 19950601-19990815}
 * (from the first day up to, not including, the second). Dates are YYMMDD (years 00-30 are 20YY, others 19YY, as in
 * PETRARCH) or YYYYMMDD.
 *
 * @param from  first day the code holds, or {@link LocalDate#MIN}
 * @param until first day it no longer holds, or {@link LocalDate#MAX}
 */
record DatedCode(String code, LocalDate from, LocalDate until) {

  boolean isDated() {
    return !from.equals(LocalDate.MIN) || !until.equals(LocalDate.MAX);
  }

  boolean holdsOn(LocalDate day) {
    return !day.isBefore(from) && day.isBefore(until);
  }

  /** Parses the text between the brackets; {@code line} names the dictionary line for errors. */
  static DatedCode parse(String inBrackets, DictionaryLine line) {
    String s = inBrackets.strip();
    int space = s.indexOf(' ') < 0 ? s.length() : s.indexOf(' ');
    int tab = s.indexOf('\t') < 0 ? s.length() : s.indexOf('\t');
    int end = Math.min(space, tab);
    String code = s.substring(0, end).toUpperCase(Locale.ROOT);
    String when = s.substring(end).replaceAll("\\s+", "");
    if (code.isEmpty()) {
      throw line.error("no code inside [ ]; write [CODE] or [CODE <YYMMDD], [CODE >YYMMDD], [CODE YYMMDD-YYMMDD]");
    }
    if (when.isEmpty()) {
      return new DatedCode(code, LocalDate.MIN, LocalDate.MAX);
    }
    if (when.startsWith("<")) {
      return new DatedCode(code, LocalDate.MIN, day(when.substring(1), line));
    }
    if (when.startsWith(">")) {
      return new DatedCode(code, day(when.substring(1), line), LocalDate.MAX);
    }
    String[] range = when.split("-");
    if (range.length != 2) {
      throw line.error("cannot read the date restriction '" + when + "'; write <YYMMDD, >YYMMDD or YYMMDD-YYMMDD");
    }
    return new DatedCode(code, day(range[0], line), day(range[1], line));
  }

  private static LocalDate day(String digits, DictionaryLine line) {
    if (!digits.matches("\\d{6}|\\d{8}")) {
      throw line.error("'" + digits + "' is not a date; write YYMMDD or YYYYMMDD");
    }
    int year = Integer.parseInt(digits.substring(0, digits.length() - 4));
    if (digits.length() == 6) {
      year += year <= 30 ? 2000 : 1900;
    }
    String md = digits.substring(digits.length() - 4);
    try {
      return LocalDate.of(year, Integer.parseInt(md.substring(0, 2)), Integer.parseInt(md.substring(2)));
    } catch (DateTimeException e) {
      throw line.error("'" + digits + "' is not a calendar date");
    }
  }

  /** An ISO date (yyyy-MM-dd, as articles carry it), or empty when there is none. */
  static Optional<LocalDate> isoDay(String iso) {
    try {
      return iso.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(iso)) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
