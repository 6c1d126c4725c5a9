package org.dateline.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The end-of-run line says how many articles were read, ok and failed, and where the tables are. */
class RunSummaryTest {

  @Test
  void saysCountsAndWhereTheTablesAre() {
    String line = new RunSummary(300, 297, 3, 90_000, 15_000, 60_000, 110_000, 3_500_000_000L, Path.of("out", "bench"), 0).describe();
    assertTrue(line.startsWith("300 articles read, 297 ok, 3 failed;"), line);
    assertTrue(line.endsWith("tables in " + Path.of("out", "bench")), line);
  }

  @Test
  void saysThroughputCostAndMemory() {
    String line = new RunSummary(300, 297, 3, 90_000, 15_000, 60_000, 110_000, 3_500_000_000L, Path.of("out"), 0)
        .describe();
    assertTrue(line.contains("90000 tokens at 1500 tokens/s, 1.22 CPU s per 1,000 tokens"), line);
    assertTrue(line.contains("models loaded in 15.0 s, articles processed in 60.0 s; peak memory 3.5 GB"), line);
  }

  @Test
  void aResumedRunSaysHowManyArticlesWereFinishedBefore() {
    String line = new RunSummary(300, 299, 1, 500, 15_000, 6_000, 11_000, -1, Path.of("out"), 200).describe();
    assertTrue(line.startsWith("300 articles read (200 of them finished before the interruption), 299 ok, 1 failed"),
        line);
  }
}
