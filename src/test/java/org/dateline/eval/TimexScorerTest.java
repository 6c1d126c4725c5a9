package org.dateline.eval;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimexScorerTest {

  // Code point offsets; the leading emoji makes them one less than Java char offsets.
  private static final String TEXT =
      "\uD83D\uDE00 On Monday, March 3, 1998 at 5 pm the talks ended. Last week was calm.";
  private static final Span MARCH = new Span(13, 26, "DATE", "1998-03-03");
  private static final Span FIVE_PM = new Span(30, 34, "TIME", "1998-03-03T17:00");
  private static final Span LAST_WEEK = new Span(52, 61, "DATE", "1998-W09");
  private static final GoldDocument DOC = new GoldDocument("t1", "1998-03-05", TEXT, List.of(
      new Span(5, 11, "DATE", "1998-03-03"), MARCH, FIVE_PM, LAST_WEEK, new Span(57, 61, "DURATION", "P1W")));

  @Test
  void perfectPrediction() {
    TimexScorer scorer = new TimexScorer();
    scorer.add(DOC, DOC.spans());
    TimexScore s = scorer.score();
    assertEquals(new Score("strict", 4, 0, 0), s.strict());
    for (Score row : s.rows()) {
      assertEquals(1.0, row.f1(), row.label());
    }
    assertEquals(1.0, s.typeAccuracy());
    assertEquals(1.0, s.valueAccuracy());
    assertEquals(List.of(), scorer.errors(10));
  }

  /**
   * "Monday, March 3, 1998" overlaps both gold dates but matches only one, the larger overlap (March);
   * "week" overlaps "Last week" (partial); "5 pm" gets the wrong type and value.
   */
  @Test
  void overlapsTypesAndValues() {
    TimexScorer scorer = new TimexScorer();
    scorer.add(DOC, List.of(new Span(5, 26, "DATE", "1998-03-03"),
        new Span(30, 34, "DATE", "1998-03-03T05:00"), new Span(57, 61, "DATE", "1998-W09")));
    TimexScore s = scorer.score();
    assertEquals(new Score("strict", 1, 2, 3), s.strict());
    assertEquals(new Score("relaxed", 3, 0, 1), s.relaxed());
    assertEquals(new Score("type", 2, 1, 2), s.type());
    assertEquals(new Score("value", 2, 1, 2), s.value());
    assertEquals(2.0 / 3.0, s.typeAccuracy(), 1e-9);
    assertEquals(2.0 / 3.0, s.valueAccuracy(), 1e-9);
    assertEquals(s.relaxed().f1() * s.valueAccuracy(), s.value().f1(), 1e-9);

    List<SpanError> errors = scorer.errors(100);
    assertEquals(List.of(SpanError.Kind.MISSED, SpanError.Kind.PARTIAL, SpanError.Kind.WRONG_TYPE,
        SpanError.Kind.WRONG_VALUE, SpanError.Kind.PARTIAL), errors.stream().map(SpanError::kind).toList());
    assertEquals("Monday", errors.get(0).goldText());
    assertEquals("March 3, 1998", errors.get(1).goldText());
    assertEquals("Monday, March 3, 1998", errors.get(1).predictedText());
    assertEquals("5 pm", errors.get(2).predictedText());
    assertEquals("week", errors.get(4).predictedText());
  }

  /** An exact extent wins a tie in overlap; the other prediction becomes spurious. */
  @Test
  void oneToOneMatching() {
    TimexScorer scorer = new TimexScorer();
    GoldDocument doc = new GoldDocument("t2", "", TEXT, List.of(MARCH));
    scorer.add(doc, List.of(new Span(13, 30, "DATE", "x"), MARCH));
    TimexScore s = scorer.score();
    assertEquals(new Score("strict", 1, 1, 0), s.strict());
    assertEquals(new Score("relaxed", 1, 1, 0), s.relaxed());
    assertEquals(SpanError.Kind.SPURIOUS, scorer.errors(10).get(0).kind());
  }

  @Test
  void typeFilterAppliesToBothSides() {
    TimexScorer dateTime = new TimexScorer();
    dateTime.add(DOC, List.of(new Span(57, 61, "DURATION", "P1W"), new Span(0, 1, "SET", "XXXX")));
    assertEquals(new Score("relaxed", 0, 0, 4), dateTime.score().relaxed());

    TimexScorer all = new TimexScorer(TimexScorer.parseTypes("ALL"));
    all.add(DOC, List.of(new Span(57, 61, "DURATION", "P1W"), new Span(0, 1, "SET", "XXXX")));
    assertEquals(new Score("strict", 1, 1, 4), all.score().strict());
    assertEquals(Set.of("DATE", "TIME"), TimexScorer.parseTypes(" date, TIME "));
  }

  @Test
  void emptyDocuments() {
    TimexScorer scorer = new TimexScorer();
    scorer.add(new GoldDocument("e", "", "", List.of()), List.of());
    TimexScore s = scorer.score();
    assertEquals(0.0, s.relaxed().f1());
    assertEquals(0.0, s.valueAccuracy());
    assertTrue(s.report().render().contains("| relaxed | 0.000 | 0.000 | 0.000 | 0 | 0 | 0 |"));
  }
}
