package org.dateline.entities;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * Quarters named by their year, which SUTime misreads in earnings news: "the 2031 quarter" (to SUTime a duration
 * of 2031 quarters) and "the 2031 period" (to SUTime the year) are the quarter the story reports, in 2031; "last
 * year's quarter" and "next year's first quarter" lie in the year before or after the story's (SUTime keeps the
 * story's year, or drops the quarter).
 */
final class YearParts {

  private static final Pattern YEAR_QUARTER = Pattern.compile("(?:the )?(1\\d{3}|20\\d{2}) quarter");
  private static final Pattern RELATIVE_QUARTER = Pattern.compile(
      "(last|this|next) year's (?:(first|second|third|fourth) )?quarter");
  private static final Pattern YEAR = Pattern.compile("1\\d{3}|20\\d{2}");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
  private static final List<String> SHIFTS = List.of("last", "this", "next");
  private static final List<String> PERIODS = List.of("period", "quarter");

  private YearParts() {
  }

  /**
   * Candidate {@code c} (its text {@code lower}) as the quarter it names, given the quarter the story reports
   * ("2031-Q3"); null when it names none.
   */
  static Candidate quarter(Doc doc, Candidate c, String lower, String reported) {
    String number = reported.substring(reported.indexOf('Q') + 1);
    Matcher named = YEAR_QUARTER.matcher(lower);
    if (named.matches()) {
      return c.retyped("DATE", named.group(1) + "-Q" + number);
    }
    List<Token> t = doc.tokens();
    if (YEAR.matcher(lower).matches() && c.tokenStart() > 0 && c.tokenEnd() < t.size()
        && t.get(c.tokenStart() - 1).pos().equals("DT")
        && PERIODS.contains(t.get(c.tokenEnd()).word().toLowerCase(Locale.ROOT))) {
      // "the 2031 period": the year between a determiner and "period" dates a reporting period.
      Token first = t.get(c.tokenStart() - 1);
      Token last = t.get(c.tokenEnd());
      return c.retyped("DATE", lower + "-Q" + number).withSpan(first.index(), last.index() + 1, first.start(),
          last.end());
    }
    Matcher relative = RELATIVE_QUARTER.matcher(lower);
    String published = doc.article().published();
    if (relative.matches() && published.length() >= 4) {
      int year = Integer.parseInt(published.substring(0, 4)) + SHIFTS.indexOf(relative.group(1)) - 1;
      String which = relative.group(2) == null ? number : Integer.toString(ORDINALS.indexOf(relative.group(2)) + 1);
      return c.retyped("DATE", year + "-Q" + which);
    }
    return null;
  }
}
