package org.dateline.eval;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreTest {

  @Test
  void ratiosAndMarkdown() {
    Score s = new Score("PER", 3, 1, 2);
    assertEquals(0.75, s.precision(), 1e-9);
    assertEquals(0.6, s.recall(), 1e-9);
    assertEquals(6.0 / 9.0, s.f1(), 1e-9);
    assertEquals("| PER | 0.750 | 0.600 | 0.667 | 3 | 1 | 2 |", s.markdownRow());
    assertEquals(Score.MARKDOWN_HEADER + "\n" + s.markdownRow(), Score.markdownTable(List.of(s)));
  }

  @Test
  void zeroDenominatorsGiveZero() {
    Score s = new Score("none", 0, 0, 0);
    assertEquals(0.0, s.precision());
    assertEquals(0.0, s.recall());
    assertEquals(0.0, s.f1());
  }

  @Test
  void fromTotalsAndSum() {
    Score s = Score.of("x", 2, 5, 4);
    assertEquals(new Score("x", 2, 3, 2), s);
    assertEquals(new Score("sum", 3, 3, 3), s.plus(new Score("y", 1, 0, 1), "sum"));
  }
}
