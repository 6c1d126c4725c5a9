package org.dateline.eval;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NerScorerTest {

  // The emoji is 2 Java chars but 1 code point, so every offset below differs from String.indexOf by one.
  private static final String TEXT = "\uD83D\uDE00 Barack Obama visited Paris with Google and the EU .";
  private static final GoldDocument DOC = new GoldDocument("d1", "", TEXT, List.of(
      new Span(2, 14, "PER"), new Span(23, 28, "LOC"), new Span(34, 40, "ORG"), new Span(49, 51, "MISC")));

  @Test
  void perfectPredictionWithCoreNlpLabels() {
    NerScorer scorer = new NerScorer();
    scorer.add(DOC, List.of(new Span(2, 14, "PERSON"), new Span(23, 28, "CITY"),
        new Span(34, 40, "ORGANIZATION"), new Span(49, 51, "MISC")));
    assertEquals(new Score("PER", 1, 0, 0), scorer.score("PER"));
    assertEquals(new Score("LOC", 1, 0, 0), scorer.score("LOC"));
    assertEquals(new Score("ORG", 1, 0, 0), scorer.score("ORG"));
    assertEquals(new Score("micro", 3, 0, 0), scorer.micro());
    assertEquals(1.0, scorer.micro().f1());
    assertEquals(List.of(), scorer.errors(10));
  }

  @Test
  void mapsCoreNlpLabels() {
    assertEquals("PER", NerScorer.mapType("PERSON"));
    assertEquals("LOC", NerScorer.mapType("STATE_OR_PROVINCE"));
    assertEquals("LOC", NerScorer.mapType("COUNTRY"));
    assertEquals("LOC", NerScorer.mapType("LOCATION"));
    assertEquals("ORG", NerScorer.mapType("ORGANIZATION"));
    assertEquals("MISC", NerScorer.mapType("MISC"));
    assertEquals("NATIONALITY", NerScorer.mapType("NATIONALITY"));
  }

  /** A partial span is both a miss and a spurious hit; a wrong type counts against both types. */
  @Test
  void boundaryAndTypeErrors() {
    NerScorer scorer = new NerScorer();
    String text = TEXT;
    int obama = DOC.codePointOffset(text.indexOf("Obama"));
    assertEquals(9, obama);
    scorer.add(DOC, List.of(new Span(obama, obama + 5, "PERSON"), new Span(23, 28, "PERSON"),
        new Span(34, 40, "ORGANIZATION"), new Span(49, 51, "ORGANIZATION")));
    assertEquals(new Score("PER", 0, 2, 1), scorer.score("PER"));
    assertEquals(new Score("LOC", 0, 0, 1), scorer.score("LOC"));
    assertEquals(new Score("ORG", 1, 1, 0), scorer.score("ORG"));
    assertEquals(new Score("micro", 1, 3, 2), scorer.micro());

    List<SpanError> errors = scorer.errors(10);
    assertEquals(List.of(SpanError.Kind.MISSED, SpanError.Kind.SPURIOUS, SpanError.Kind.WRONG_TYPE,
        SpanError.Kind.WRONG_TYPE), errors.stream().map(SpanError::kind).toList());
    assertEquals("Barack Obama", errors.get(0).goldText());
    assertEquals("Obama", errors.get(1).predictedText());
    assertEquals("Paris", errors.get(2).goldText());
    assertEquals("LOC", errors.get(2).gold().type());
    assertEquals("PER", errors.get(2).predicted().type());
    assertEquals("MISC", errors.get(3).gold().type());
    assertEquals("EU", errors.get(3).predictedText());
    assertEquals(2, scorer.errors(2).size());
  }

  /** Unscored types (MISC, DATE, NUMBER) never count, and a repeated prediction matches only once. */
  @Test
  void unscoredTypesIgnoredAndDuplicatesSpurious() {
    NerScorer scorer = new NerScorer();
    scorer.add(DOC, List.of(new Span(2, 14, "PERSON"), new Span(2, 14, "PERSON"), new Span(0, 1, "NUMBER")));
    assertEquals(new Score("PER", 1, 1, 0), scorer.score("PER"));
    assertEquals(new Score("micro", 1, 1, 2), scorer.micro());
  }

  @Test
  void emptyDocumentsAndAccumulation() {
    NerScorer scorer = new NerScorer();
    scorer.add(new GoldDocument("empty", "", "", List.of()), List.of());
    assertEquals(new Score("micro", 0, 0, 0), scorer.micro());
    scorer.add(DOC, List.of());
    scorer.add(DOC, List.of(new Span(2, 14, "PER")));
    assertEquals(new Score("PER", 1, 0, 1), scorer.score("PER"));
    assertEquals(new Score("micro", 1, 0, 5), scorer.micro());
    assertEquals(4, scorer.scores().size());
    assertEquals("micro", scorer.scores().get(3).label());
  }

  @Test
  void customTypeSet() {
    NerScorer scorer = new NerScorer(List.of("MISC"));
    scorer.add(DOC, List.of(new Span(49, 51, "MISC"), new Span(2, 14, "PERSON")));
    assertEquals(List.of(new Score("MISC", 1, 0, 0), new Score("micro", 1, 0, 0)), scorer.scores());
  }
}
