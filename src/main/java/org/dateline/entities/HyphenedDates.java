package org.dateline.entities;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * Dates written as one hyphened token, which SUTime misses or garbles: a year or month with a prefix ("mid-1996",
 * "post-1959", "mid-November": SUTime gives the last one {@code ****11}, which is no value) and a numeric day
 * ("2009-05-08"). The token becomes a DATE of the year, the month (its year is then found by {@link MonthYears})
 * or the day; a candidate SUTime made of the token alone gives way to it.
 */
final class HyphenedDates {

  private static final Pattern PREFIXED = Pattern.compile("(?i)(mid|early|late|pre|post)-(1\\d{3}|20\\d{2}|[a-z]+)");
  private static final Pattern NUMERIC_DAY = Pattern.compile("(1\\d{3}|20\\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

  private HyphenedDates() {
  }

  /** {@code found} with a DATE for each hyphened date token, in place of any candidate covering just that token. */
  static List<Candidate> add(Doc doc, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>(found);
    String year = doc.article().published().length() >= 4 ? doc.article().published().substring(0, 4) : "XXXX";
    for (Token t : doc.tokens()) {
      String value = value(t.word(), year);
      if (value == null || coveredByLonger(found, t)) {
        continue;
      }
      out.removeIf(c -> c.tokenStart() == t.index() && c.tokenEnd() == t.index() + 1);
      out.add(new Candidate("DATE", "", value, Mention.NAME, t.index(), t.index() + 1, t.start(), t.end(),
          t.sentence()));
    }
    return out;
  }

  /** The value of a hyphened date token, a month in {@code year} (corrected later), or null for another word. */
  static String value(String word, String year) {
    Matcher day = NUMERIC_DAY.matcher(word);
    if (day.matches()) {
      return word;
    }
    Matcher m = PREFIXED.matcher(word);
    if (!m.matches()) {
      return null;
    }
    String rest = m.group(2);
    if (Character.isDigit(rest.charAt(0))) {
      return rest;
    }
    Month month = month(rest);
    return month == null ? null : String.format(Locale.ROOT, "%s-%02d", year, month.getValue());
  }

  private static Month month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).equals(lower)) {
        return m;
      }
    }
    return null;
  }

  /** A candidate over more than this token ("from mid-1996 to 1998") keeps its own reading. */
  private static boolean coveredByLonger(List<Candidate> found, Token t) {
    return found.stream().anyMatch(c -> c.tokenStart() <= t.index() && c.tokenEnd() > t.index()
        && c.tokenEnd() - c.tokenStart() > 1);
  }
}
