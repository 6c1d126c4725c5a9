package org.dateline.run;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The progress line: done/total, rates and ETA when the total is known, counts and rates when it is not. */
class ProgressMeterTest {

  private static ProgressMeter meter(OptionalLong total, long resumed, int articles) {
    ProgressMeter m = new ProgressMeter(null, CompletableFuture.completedFuture(total), resumed);
    for (int i = 0; i < articles; i++) {
      m.advance(500);
    }
    return m;
  }

  @Test
  void knownTotalGivesBarPercentAndEta() {
    ProgressMeter m = meter(OptionalLong.of(100), 0, 25);
    assertEquals("[######..................] 25/100 articles (25%), 2.5 articles/s, 1,250 tokens/s, ETA 30s",
        m.line(10, true));
    assertEquals("25/100 articles (25%), 2.5 articles/s, 1,250 tokens/s, ETA 30s", m.line(10, false));
  }

  @Test
  void resumedArticlesCountAsDoneButNotInTheRates() {
    ProgressMeter m = meter(OptionalLong.of(1000), 500, 10);
    assertEquals("510/1,000 articles (51%), 1.0 articles/s, 500 tokens/s, ETA 8m10s", m.line(10, false));
  }

  @Test
  void unknownTotalGivesCountAndRates() {
    ProgressMeter m = meter(OptionalLong.empty(), 0, 4);
    assertEquals("4 articles, 0.4 articles/s, 200 tokens/s", m.line(10, true));
  }

  @Test
  void durationsReadNaturally() {
    assertEquals("59s", ProgressMeter.duration(59));
    assertEquals("2m05s", ProgressMeter.duration(125));
    assertEquals("3h07m", ProgressMeter.duration(3 * 3600 + 7 * 60 + 5));
  }
}
