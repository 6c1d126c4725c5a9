package org.dateline.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Three days later", "an hour later", "a day earlier": TimeML marks the amount of time as a DURATION (P3D, PT1H)
 * and "later" as a signal, not a date; SUTime gives it the day it lands on. In the dev set 5 of 6 such expressions
 * in units of a month or less are durations ("a year earlier", "two years ago" are dates and stay so).
 */
final class LaterSpans {

  private static final Pattern LATER = Pattern.compile(
      "(?i)(?:about |nearly |some )?(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|a few|several|some)"
          + " (minutes?|hours?|days?|weeks?)( or so)? (later|earlier|after)");
  private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten");
  private static final Map<String, String> UNITS = Map.of("minute", "TM", "hour", "TH", "day", "D", "week", "W");

  private LaterSpans() {
  }

  /** The ISO duration of the amount of time ("P3D", "PT1H", "PXD"), or null when it is not such an expression. */
  static String duration(String text) {
    Matcher m = LATER.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String count = m.group(1).toLowerCase(Locale.ROOT);
    String n = count.matches("\\d+") ? count : count.matches("an?") ? "1"
        : NUMBERS.contains(count) ? Integer.toString(NUMBERS.indexOf(count) + 1) : "X";
    String unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", ""));
    return unit.startsWith("T") ? "PT" + n + unit.substring(1) : "P" + n + unit;
  }
}
