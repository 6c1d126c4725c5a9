package org.dateline.entities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Sentence;

/**
 * A bare weekday ("Tuesday", "on Friday") is resolved against the publication date by the tense of its clause:
 * news reports the past, so it is the last such day on or before the story unless the clause speaks of the future
 * ("will meet Friday", "is expected to vote Monday", "planned a rally Saturday": {@link Tense}) or "next" comes
 * before it. SUTime always looks forward.
 */
final class Weekdays {

  /** Markers of a future weekday just before it ("next Friday", "talks will resume on Friday"). */
  private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "'ll", "next");
  private static final int FUTURE_WINDOW = 6;

  private Weekdays() {
  }

  /** The bare weekday {@code lower} names, or null when it names something else. */
  static DayOfWeek named(String lower) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (lower.equals(d.name().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    return null;
  }

  /**
   * The date of the bare weekday {@code day} in candidate {@code c}, a story published on {@code dct}. A possessive
   * ("Wednesday's ruling") names an event already reported, whatever the tense of the clause around it.
   */
  static LocalDate resolve(Doc doc, Candidate c, DayOfWeek day, LocalDate dct) {
    boolean possessive = c.tokenEnd() < doc.tokens().size() && doc.tokens().get(c.tokenEnd()).pos().equals("POS");
    boolean future = !possessive && (futureMarker(doc, c)
        || Tense.of(doc, c.sentence(), c.tokenStart(), c.tokenEnd()) == Tense.FUTURE);
    return future ? dct.with(TemporalAdjusters.nextOrSame(day)) : dct.with(TemporalAdjusters.previousOrSame(day));
  }

  /**
   * "The weekend" named alone is, like a bare weekday, the last one on or before the story unless its clause speaks
   * of the future: "over the weekend" in a Monday story is the one just gone, where SUTime takes the week of the
   * story (the coming weekend).
   */
  static String weekend(Doc doc, Candidate c, LocalDate dct) {
    return TimexValues.granular(resolve(doc, c, DayOfWeek.SATURDAY, dct), "week") + "-WE";
  }

  private static boolean futureMarker(Doc doc, Candidate c) {
    Sentence s = doc.sentences().get(c.sentence());
    for (int i = Math.max(s.firstToken(), c.tokenStart() - FUTURE_WINDOW); i < c.tokenStart(); i++) {
      if (FUTURE_WORDS.contains(doc.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
