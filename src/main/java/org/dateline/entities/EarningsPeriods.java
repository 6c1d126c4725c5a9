package org.dateline.entities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * The periods of earnings news that SUTime misses or misreads: "the latest quarter" (or period) is the quarter
 * the story reports, and "the year-ago quarter", "the year-earlier period", "year-earlier profit" are the same
 * quarter a year before (TimeML values them as quarters: 1989-Q3, 1988-Q3). The quarter reported is the one the
 * story names first ("third quarter" → 1989-Q3), else the last one over before publication.
 */
final class EarningsPeriods {

  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
  /** A quarter named by its number ("the third quarter", "fourth-quarter"), not one dated from another. */
  private static final Pattern NAMED_QUARTER = Pattern.compile(
      "(?i)(the )?(fiscal[ -])?(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter");
  private static final Pattern YEAR_BEFORE = Pattern.compile("(a|one) year (ago|earlier)");
  private static final Pattern THE_QUARTER = Pattern.compile("the (latest |same )?quarter");
  private static final Set<String> PERIODS = Set.of("quarter", "period");
  private static final Set<String> BEFORE = Set.of("ago", "earlier");

  private EarningsPeriods() {
  }

  static List<Candidate> add(Doc doc, List<Candidate> found) {
    String reported = reportedQuarter(doc, found);
    if (reported == null) {
      return found;
    }
    String yearBefore = (Integer.parseInt(reported.substring(0, 4)) - 1) + reported.substring(4);
    List<Token> t = doc.tokens();
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      int end = -1;
      String value = null;
      if (is(t, i, "latest") && i + 1 < t.size() && PERIODS.contains(lower(t, i + 1))) {
        end = i + 2;
        value = reported;
      } else if (is(t, i, "year") && is(t, i + 1, "-") && i + 2 < t.size() && BEFORE.contains(lower(t, i + 2))) {
        // "the year-ago (third) quarter", or the adjective alone before what it dates ("year-earlier profit");
        // not before an amount ("the year-earlier $4.5 million") or a count ("the year-earlier nine months").
        int j = i + 3;
        j += j < t.size() && t.get(j).pos().equals("JJ") && j + 1 < t.size() && PERIODS.contains(lower(t, j + 1))
            ? 1 : 0;
        if (j < t.size() && PERIODS.contains(lower(t, j))) {
          end = j + 1;
        } else if (j < t.size() && (t.get(j).pos().startsWith("NN") || t.get(j).pos().equals("JJ"))) {
          end = i + 3;
        }
        value = yearBefore;
      }
      if (end < 0 || t.get(end - 1).sentence() != t.get(i).sentence()) {
        continue;
      }
      int start = i;
      boolean period = PERIODS.contains(lower(t, end - 1));
      while (period && start > 0 && t.get(start - 1).sentence() == t.get(i).sentence()
          && (t.get(start - 1).pos().equals("DT") || t.get(start - 1).pos().equals("JJ") && start == i)) {
        start--;
      }
      added.add(new Candidate("DATE", "", value, Mention.NAME, start, end, t.get(start).start(),
          t.get(end - 1).end(), t.get(i).sentence()));
      i = end - 1;
    }
    List<Candidate> out = new ArrayList<>(added);
    for (Candidate c : found) {
      if (added.stream().noneMatch(a -> a.tokenStart() < c.tokenEnd() && c.tokenStart() < a.tokenEnd())) {
        out.add(relative(doc, c, reported, yearBefore));
      }
    }
    out.replaceAll(c -> c.normalized().equals(yearBefore) && afterMonths(doc, c)
        ? c.withValue(yearBefore.substring(0, 4)) : c);
    return out;
  }

  /** "the quarter" is the one reported, "a year earlier" (valued as a quarter) the same quarter a year before. */
  private static Candidate relative(Doc doc, Candidate c, String reported, String yearBefore) {
    String text = doc.text(c.start(), c.end()).strip().toLowerCase(Locale.ROOT);
    Candidate named = c.type().equals("DATE") || c.type().equals("DURATION")
        ? YearParts.quarter(doc, c, text, reported) : null;
    if (named != null) {
      return named;
    }
    if (!QUARTER.matcher(c.normalized()).matches()) {
      return c;
    }
    if (YEAR_BEFORE.matcher(text).matches()) {
      return c.withValue(yearBefore);
    }
    return THE_QUARTER.matcher(text).matches() ? c.withValue(reported) : c;
  }

  /**
   * "For the nine months, net rose from $2 million a year earlier": after a count of months in its sentence, the
   * year before compares a span longer than the quarter, and TimeML dates it by its year. Not "the year-ago
   * quarter", which says what it dates.
   */
  private static boolean afterMonths(Doc doc, Candidate c) {
    List<Token> t = doc.tokens();
    if (lower(t, c.tokenEnd() - 1).equals("quarter")) {
      return false;
    }
    for (int i = doc.sentences().get(c.sentence()).firstToken(); i + 1 < c.tokenStart(); i++) {
      if (t.get(i).pos().equals("CD") && lower(t, i + 1).equals("months")) {
        return true;
      }
    }
    return false;
  }

  /** The first quarter the story names (its lede reports it), else the last one over before publication. */
  static String reportedQuarter(Doc doc, List<Candidate> found) {
    for (Candidate c : found) {
      if (QUARTER.matcher(c.normalized()).matches()
          && NAMED_QUARTER.matcher(doc.text(c.start(), c.end()).strip()).matches()) {
        return c.normalized();
      }
    }
    try {
      LocalDate d = LocalDate.parse(doc.article().published()).minusMonths(3);
      return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean is(List<Token> t, int i, String word) {
    return i < t.size() && lower(t, i).equals(word);
  }

  private static String lower(List<Token> t, int i) {
    return t.get(i).word().toLowerCase(Locale.ROOT);
  }
}
