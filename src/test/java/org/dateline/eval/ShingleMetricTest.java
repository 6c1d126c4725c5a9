package org.dateline.eval;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The figures below are what html-dev's score.py (the benchmark's evaluate.py) gives for the same texts. */
class ShingleMetricTest {

  private static final double EPS = 1e-9;

  @Test
  void pageOverlapsAsScorePyCountsThem() {
    ShingleMetric.Page page = ShingleMetric.page("The cat sat on the mat today, said Ann.",
        "The cat sat on the mat. Share this");
    assertEquals(0.375, page.tp(), EPS);
    assertEquals(0.25, page.fp(), EPS);
    assertEquals(0.375, page.fn(), EPS);
  }

  @Test
  void tokensAreLettersAndNumbersOfAnyScript() {
    ShingleMetric.Page page = ShingleMetric.page("Café à 5€ — naïve_x ½ test", "café à 5 naïve_x ½ test");
    assertEquals(0.5, page.tp(), EPS);
    assertEquals(0.25, page.fp(), EPS);
    assertEquals(0.25, page.fn(), EPS);
  }

  @Test
  void shortTextsAreOneShorterShingle() {
    ShingleMetric.Page page = ShingleMetric.page("a b", "a b c");
    assertEquals(0.0, page.tp(), EPS);
    assertEquals(0.5, page.fp(), EPS);
  }

  @Test
  void precisionSkipsEmptyOutputsAndF1IsTheHarmonicMeanOfMeans() {
    ShingleMetric.Figures f = ShingleMetric.figures(List.of(
        ShingleMetric.page("The cat sat on the mat today, said Ann.", "The cat sat on the mat. Share this"),
        ShingleMetric.page("one two three four five", "")));
    assertEquals(0.6, f.precision(), EPS);
    assertEquals(0.25, f.recall(), EPS);
    assertEquals(0.35294117647058826, f.f1(), EPS);
  }
}
