package org.dateline.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The end-of-run line says how many articles were read, ok and failed, and where the tables are. */
class RunSummaryTest {

  @Test
  void saysCountsAndWhereTheTablesAre() {
    String line = new RunSummary(300, 297, 3, 90_000, 15_000, 60_000, Path.of("out", "bench"), 0).describe();
    assertTrue(line.startsWith("300 articles read, 297 ok, 3 failed;"), line);
    assertTrue(line.endsWith("tables in " + Path.of("out", "bench")), line);
  }

  @Test
  void aResumedRunSaysHowManyArticlesWereFinishedBefore() {
    String line = new RunSummary(300, 299, 1, 500, 15_000, 6_000, Path.of("out"), 200).describe();
    assertTrue(line.startsWith("300 articles read (200 of them finished before the interruption), 299 ok, 1 failed"),
        line);
  }
}
