package org.dateline.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.config.OutputMode;
import org.dateline.config.RunOptions;
import org.dateline.input.ArticleInputs;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline, with models, over one folder of every kind of bad input: no crash, a row for every
 * article, failures with a one-line reason, and the good text around the bad parts still analysed.
 */
@Tag("model")
class BadInputPipelineTest {

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(Files.createDirectories(dir.resolve("in")).resolve(name), bytes);
  }

  private RunSummary run(Path out, int maxChars, Duration timeout) {
    RunOptions o = new RunOptions(List.of(dir.resolve("in").toString()), out, 2, OutputMode.FRESH, false, false);
    try (ArticleInputs in = ArticleInputs.open(o.inputs(), null)) {
      return new Pipeline(SharedNlp.OPTIONS.withLimits(maxChars, timeout), o).run(in, SharedNlp.get(), 0);
    }
  }

  private static Map<String, CSVRecord> articles(Path out) throws IOException {
    Map<String, CSVRecord> byId = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(out.resolve("articles.csv"))) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        byId.put(rec.get("article_id"), rec);
      }
    }
    return byId;
  }

  private void writeBadInputs() throws IOException {
    write("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    write("empty.txt", new byte[0]);
    write("blank.txt", " \n\n\t ".getBytes(UTF_8));
    write("no-body.html", "<html><head><title>Gone</title></head><body><script>x()</script></body></html>"
        .getBytes(UTF_8));
    write("legacy.txt", "Angela Merkel met Emmanuel Macron in Berlin.".replace("Merkel", "Merkél")
        .getBytes(Charset.forName("windows-1252")));
    write("damaged.txt", concat("Barack Obama visited Zürich. ".getBytes(UTF_8), new byte[] {(byte) 0xC3, '!'}));
    write("long-sentence.txt", ("word ".repeat(600) + "\n\nBarack Obama visited Paris on Tuesday.").getBytes(UTF_8));
    write("long-article.txt", ("Barack Obama visited Paris.\n\n" + "The talks went on. ".repeat(2_000))
        .getBytes(UTF_8));
    write("no-letters.txt", "12 34 56 -- 78 !!! 90 %%% 2026".getBytes(UTF_8));
    write("controls.txt", "Barack\u0008 Obama\u0007 visited \u001B[1mParis\u001B[0m.\f".getBytes(UTF_8));
    write("rows.jsonl", ("{\"id\":\"dup\",\"text\":\"Angela Merkel spoke.\"}\n{\"id\":\"dup\",\"text\":\"Merkel again.\"}\n"
        + "{\"id\":\"cut\",\"text\":\"half a li\n").getBytes(UTF_8));
  }

  @Test
  void everyBadInputGetsARowAndTheRunGoesOn() throws IOException {
    writeBadInputs();
    Path out = dir.resolve("out");
    RunSummary summary = run(out, 4_000, SharedNlp.OPTIONS.articleTimeout());
    Map<String, CSVRecord> rows = articles(out);
    assertEquals(13, summary.read());
    assertEquals(13, rows.size(), rows.keySet().toString());
    assertEquals(summary.failed(), rows.values().stream().filter(r -> r.get("status").equals("failed")).count());
    assertFailed(rows.get("binary.txt"), "looks binary");
    assertFailed(rows.get("empty.txt"), "no text: the article is empty");
    assertFailed(rows.get("blank.txt"), "only whitespace");
    assertFailed(rows.get("no-body.html"), "no article text: the HTML page");
    assertFailed(rows.get("rows.jsonl:3"), "malformed JSON on line 3 of");
    assertOk(rows.get("legacy.txt"), "Windows-1252");
    assertOk(rows.get("damaged.txt"), "invalid UTF-8: 1 malformed");
    assertOk(rows.get("long-article.txt"), "truncated: only the first");
    assertOk(rows.get("no-letters.txt"), "no letters");
    assertOk(rows.get("controls.txt"), "control character(s) were treated as spaces");
    assertOk(rows.get("dup~2"), "duplicate id 'dup': renamed to 'dup~2'");
    assertOk(rows.get("long-sentence.txt"), "");
    String mentions = Files.readString(out.resolve("mentions.csv"));
    for (String id : List.of("long-sentence.txt", "controls.txt", "long-article.txt", "damaged.txt")) {
      assertTrue(mentions.contains(id + ",m1,"), "the good text of " + id + " was analysed");
    }
  }

  @Test
  void deeplyNestedQuotesEndWithinTheTimeLimit() throws IOException {
    // Measured: 1,500 levels keep SUTime's token regexes backtracking for minutes; only the time limit ends that.
    write("nested-quotes.txt", ("Obama said " + "\"'".repeat(500) + "yes" + "'\"".repeat(500) + ". Merkel agreed.")
        .getBytes(UTF_8));
    write("after.txt", "Angela Merkel visited Berlin.".getBytes(UTF_8));
    Path out = dir.resolve("out");
    RunSummary summary = run(out, 10_000, Duration.ofSeconds(30));
    Map<String, CSVRecord> rows = articles(out);
    assertEquals(2, summary.read());
    CSVRecord nested = rows.get("nested-quotes.txt");
    if (nested.get("status").equals("failed")) {
      assertFailed(nested, "timed out after 30 s (--article-timeout)");
    }
    assertTrue(rows.containsKey("after.txt"), "the run went on after it");
  }

  @Test
  void anArticlePastTheTimeLimitFailsWithAReasonAndTheRunGoesOn() throws IOException {
    // Thousands of tokens each: a five-word article can finish inside 1 ms on a fast, warm machine (it did in CI).
    write("one.txt", "Barack Obama visited Paris. ".repeat(1_000).getBytes(UTF_8));
    write("two.txt", "Angela Merkel visited Berlin. ".repeat(1_000).getBytes(UTF_8));
    Path out = dir.resolve("out");
    RunSummary summary = run(out, 100_000, Duration.ofMillis(1));
    assertEquals(2, summary.read());
    for (CSVRecord row : articles(out).values()) {
      assertFailed(row, "timed out after 1 ms (--article-timeout)");
    }
  }

  private static void assertFailed(CSVRecord row, String reason) {
    assertEquals("failed", row.get("status"), row.toString());
    assertTrue(row.get("error").contains(reason), row.get("error"));
    assertTrue(row.get("error").lines().count() == 1, "one line: " + row.get("error"));
  }

  private static void assertOk(CSVRecord row, String warning) {
    assertEquals("ok", row.get("status"), row.toString());
    assertTrue(row.get("warning").contains(warning), row.get("warning"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
