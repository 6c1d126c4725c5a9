package org.dateline.eval;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The identity metric on hand-made mentions, as score_identity.py computes it. */
class IdentityScorerTest {

  private static IdentityScorer.Gold gold(String doc, int begin, String wiki) {
    return new IdentityScorer.Gold(doc, begin, begin + 5, "PER", wiki);
  }

  private static IdentityScorer.Predicted predicted(int begin, String key) {
    return new IdentityScorer.Predicted(begin, begin + 5, "PER", key);
  }

  @Test
  void aSurnameKeyedApartLosesTheCrossDocumentPairs() {
    IdentityScorer s = new IdentityScorer();
    // Doc a: "Donald Trump" twice; doc b: "Trump" keyed apart; doc c: another person, and an unaligned mention.
    s.add(gold("a", 0, "Donald_Trump"), List.of(predicted(0, "PERSON:donald trump")));
    s.add(gold("a", 10, "Donald_Trump"), List.of(predicted(10, "PERSON:donald trump")));
    s.add(gold("b", 0, "Donald_Trump"), List.of(predicted(2, "PERSON:trump"), predicted(40, "PERSON:donald trump")));
    s.add(gold("c", 0, "Joe_Biden"), List.of(predicted(0, "PERSON:donald trump")));
    s.add(gold("c", 20, "Joe_Biden"), List.of(new IdentityScorer.Predicted(20, 25, "LOC", "LOCATION:x")));
    Score pairs = s.pairs("pairs");
    // Gold cross pairs: Trump a-b 2; predicted: "donald trump" a-c 2; correct: none.
    assertEquals(0, pairs.tp());
    assertEquals(2, pairs.predicted());
    assertEquals(2, pairs.gold());
    assertArrayEquals(new double[] {0.0, 0.0}, s.macro(), 1e-9);
    double[] b = s.bcubed();
    assertEquals((2 * 2.0 / 3 + 1 + 1.0 / 3 + 1) / 5, b[0], 1e-9);
    assertEquals((2 * 2.0 / 3 + 1.0 / 3 + 2 * 0.5) / 5, b[1], 1e-9);
  }
}
