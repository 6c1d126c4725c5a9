package org.dateline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code eval html} on a folder it writes itself, and on html-dev when the shared data is beside the checkout. */
class HtmlTaskTest {

  private static final String STORY = "The council voted on Tuesday to rebuild the old harbour wall, which storms had "
      + "breached twice since the spring, and to pay for it from the reserve fund.";

  @TempDir
  Path dir;

  @Test
  void scoresTheExtractedTextWithTheBenchmarksMetric() throws IOException {
    Files.createDirectories(dir.resolve("pages"));
    Files.writeString(dir.resolve("pages/a.html"), "<html><body><nav><a href='/'>Home</a></nav><p>" + STORY
        + "</p></body></html>");
    new ObjectMapper().writeValue(dir.resolve("ground-truth.json").toFile(), Map.of(
        "a", Map.of("articleBody", STORY, "url", "https://example.com/a"),
        "b", Map.of("articleBody", STORY, "url", "https://example.com/b")));
    Report report = new HtmlTask(dir, 0).score(dir.resolve("out"), 2);
    // Page a is exact; page b has no file: an empty output, which counts for recall only.
    assertEquals(1.0, report.figure("precision"), 1e-9);
    assertEquals(0.5, report.figure("recall"), 1e-9);
    assertEquals(1.0, report.figure("failed pages"), 1e-9);
    assertTrue(Files.readString(dir.resolve("out/predictions.json")).contains("harbour wall"));
    assertTrue(report.render().contains("| first half | 1 |"), report.render());
  }

  @Test
  void htmlDevFloor() {
    Path gold = Path.of("../shared/data/html-dev");
    assumeTrue(Files.isRegularFile(gold.resolve("ground-truth.json")), "html-dev not beside the checkout");
    Report report = new HtmlTask(gold, 0).score(dir, 0);
    assertEquals(0.0, report.figure("failed pages"));
    assertTrue(report.figure("F1") >= 0.95, report.render());
    assertTrue(report.figure("F1 first half") >= 0.95 && report.figure("F1 second half") >= 0.95, report.render());
  }
}
