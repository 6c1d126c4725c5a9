package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * Fixes systematic SUTime errors on news text (values are corrected by {@link TimexValues}).
 * <ul>
 *   <li>A day range after a month ("Jan. 23-24") comes out as two expressions, "Jan." (2026-01) and "23-24"
 *       ({@code ******23/******24}); it is one range, 2026-01-23/2026-01-24.</li>
 *   <li>"following weeks of crackdown" uses "following" as a preposition ("after weeks of"); SUTime reads it as
 *       next week. It is a vague duration, "weeks" (PXW).</li>
 * </ul>
 */
final class TimexRepair {

  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
  private static final Pattern DAYS = Pattern.compile("(?:\\*{6}|XXXX-XX-)(\\d{2})(?:/(?:\\*{6}|XXXX-XX-)(\\d{2}))?");
  private static final Map<String, String> VAGUE_UNITS = Map.of(
      "days", "PXD", "weeks", "PXW", "months", "PXM", "years", "PXY", "hours", "PTXH", "decades", "PXDE");

  private TimexRepair() {
  }

  static List<Candidate> repair(Doc doc, List<Candidate> candidates) {
    List<Candidate> found = HyphenedDates.add(doc, candidates);
    found.sort(java.util.Comparator.comparingInt(Candidate::tokenStart));
    List<Candidate> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      Candidate next = i + 1 < found.size() ? found.get(i + 1) : null;
      Candidate merged = next == null ? null : monthWithDays(c, next);
      if (merged != null) {
        i++;
      } else {
        merged = timeWithDay(c, next);
        i += merged == null ? 0 : 1;
      }
      Candidate fixed = merged != null ? merged : prepositionalFollowing(doc, c);
      if (EntityTypes.TEMPORAL.contains(fixed.type())) {
        fixed = TimexValues.correct(doc, fixed);
      }
      if (fixed != null) {
        out.add(fixed);
      }
    }
    return EarningsPeriods.add(doc, out);
  }

  private static Candidate monthWithDays(Candidate month, Candidate days) {
    if (!month.type().equals("DATE") || !days.type().equals("DATE") || days.tokenStart() != month.tokenEnd()) {
      return null;
    }
    Matcher m = MONTH.matcher(month.normalized());
    Matcher d = DAYS.matcher(days.normalized());
    if (!m.matches() || !d.matches()) {
      return null;
    }
    String prefix = m.group(1) + "-" + m.group(2) + "-";
    String value = prefix + d.group(1) + (d.group(2) == null ? "" : "/" + prefix + d.group(2));
    return new Candidate("DATE", "", value, Mention.NAME, month.tokenStart(), days.tokenEnd(), month.start(),
        days.end(), month.sentence());
  }

  /** "10 p.m. Wednesday", "noon Thursday": SUTime gives both parts the same value; they are one TIME. */
  private static Candidate timeWithDay(Candidate time, Candidate day) {
    if (day == null || !time.type().equals("TIME") || !day.type().equals("DATE") || day.tokenStart() != time.tokenEnd()
        || !time.normalized().equals(day.normalized()) || time.normalized().isEmpty()) {
      return null;
    }
    return time.withSpan(time.tokenStart(), day.tokenEnd(), time.start(), day.end());
  }

  private static Candidate prepositionalFollowing(Doc doc, Candidate c) {
    List<Token> tokens = doc.tokens();
    if (!c.type().equals("DATE") || c.tokenEnd() - c.tokenStart() != 2 || c.tokenEnd() >= tokens.size()) {
      return c;
    }
    Token first = tokens.get(c.tokenStart());
    Token unit = tokens.get(c.tokenStart() + 1);
    String value = VAGUE_UNITS.get(unit.word().toLowerCase(Locale.ROOT));
    boolean ofFollows = tokens.get(c.tokenEnd()).word().equalsIgnoreCase("of");
    boolean determined = c.tokenStart() > 0 && tokens.get(c.tokenStart() - 1).pos().equals("DT");
    if (!first.word().equalsIgnoreCase("following") || value == null || !ofFollows || determined) {
      return c;
    }
    return c.retyped("DURATION", value).withSpan(unit.index(), unit.index() + 1, unit.start(), unit.end());
  }
}
