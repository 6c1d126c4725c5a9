package org.dateline.eval;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** people-dev's gender metric: alignment by overlapping mentions, per-class P/R, coverage. No models. */
class GenderScorerTest {

  private static GenderScorer.Predicted entity(String gender, int first, int... spans) {
    List<int[]> s = new java.util.ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      s.add(new int[] {spans[i], spans[i + 1]});
    }
    return new GenderScorer.Predicted(gender, first, s);
  }

  @Test
  void eachGoldPersonTakesTheEntityOverlappingMostOfItsMentions() {
    GenderScorer scorer = new GenderScorer("");
    List<GenderScorer.Predicted> predicted = List.of(entity("male", 0, 0, 5), entity("female", 10, 10, 15, 30, 35),
        entity("", 50, 50, 55));
    scorer.add("d", new PeopleGold.Person("Ann", List.of(List.of(0, 5), List.of(10, 15), List.of(30, 35)), "female"),
        predicted);
    scorer.add("d", new PeopleGold.Person("Bo", List.of(List.of(50, 55)), "male"), predicted);
    scorer.add("d", new PeopleGold.Person("Cy", List.of(List.of(70, 75)), "male"), predicted);
    assertEquals(1.0, scorer.score("female").f1());
    assertEquals(0.0, scorer.score("male").recall());
    assertEquals(1.0 / 3, scorer.coverage(), 1e-9);
    assertEquals(2, scorer.errors(5).size());
  }

  @Test
  void halvesAreFixedByTheDocumentId() {
    assertEquals(PeopleTask.half("GUM_news_iodine"), PeopleTask.half("GUM_news_iodine"));
  }
}
