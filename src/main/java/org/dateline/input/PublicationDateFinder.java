package org.dateline.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date in its own words: news copy states it near the top ("LONDON 1996-08-30",
 * "KYIV, Ukraine (AP) — Jan 3, 2024", "Sunday, January 20, 2008"). Only the opening is searched, because dates
 * further down are usually about the events reported, not the publication. Only full dates (day, month, year)
 * count, and impossible ones (February 30) are skipped rather than guessed at.
 */
public final class PublicationDateFinder {

  /** The opening searched: this many non-empty paragraphs, but never more than {@link #MAX_CHARS}. */
  static final int MAX_PARAGRAPHS = 3;
  static final int MAX_CHARS = 600;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  /** Four-digit years a news article can plausibly carry; keeps "1234-56-78"-like ids from looking like dates. */
  private static final String YEAR = "((?:1[6-9]|2[01])\\d\\d)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
      "(?<!\\d)" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  /** An input field's date: ISO date, possibly followed by a time ("2026-01-30T10:00:00Z"). */
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \\t\\x0B\\f\\u00A0]*\\R\\s*");

  /** The earliest full date in the opening of the text, if any. */
  public Optional<LocalDate> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return earliestDate(opening(text));
  }

  /**
   * A date given by the input itself (JSONL/CSV field, HTML meta): ISO, ISO date-time (only the date part is
   * kept: it is the date the publisher wrote), or any form {@link #find} understands. Empty when unparseable.
   */
  public Optional<LocalDate> parseInputDate(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    Matcher iso = ISO_PREFIX.matcher(trimmed);
    if (iso.find()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    return earliestDate(trimmed);
  }

  private static String opening(String text) {
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int paragraphs = 0;
    int end = text.length();
    int start = 0;
    while (breaks.find()) {
      if (!text.substring(start, breaks.start()).isBlank() && ++paragraphs == MAX_PARAGRAPHS) {
        end = breaks.start();
        break;
      }
      start = breaks.end();
    }
    return text.substring(0, Math.min(end, MAX_CHARS));
  }

  private static Optional<LocalDate> earliestDate(String text) {
    Candidate best = null;
    best = earlier(best, first(MONTH_DAY_YEAR, text, m -> date(m.group(3), month(m.group(1)), m.group(2))));
    best = earlier(best, first(DAY_MONTH_YEAR, text, m -> date(m.group(3), month(m.group(2)), m.group(1))));
    best = earlier(best, first(YEAR_MONTH_DAY, text, m -> date(m.group(1), m.group(3), m.group(4))));
    return best == null ? Optional.empty() : Optional.of(best.date());
  }

  private record Candidate(int position, LocalDate date) {
  }

  private static Candidate earlier(Candidate a, Candidate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.position() <= b.position() ? a : b;
  }

  /** The first match that is a real calendar date; impossible ones are passed over. */
  private static Candidate first(Pattern pattern, String text, Function<Matcher, Optional<LocalDate>> toDate) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Optional<LocalDate> date = toDate.apply(m);
      if (date.isPresent()) {
        return new Candidate(m.start(), date.get());
      }
    }
    return null;
  }

  private static String month(String name) {
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < months.length; i++) {
      if (months[i].equals(prefix)) {
        return String.valueOf(i + 1);
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
