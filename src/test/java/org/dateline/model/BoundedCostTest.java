package org.dateline.model;

import java.lang.management.ManagementFactory;
import java.util.Base64;
import java.util.Random;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.run.ArticleProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile pages complete as ok, with a warning saying what was hidden or cut, and the ordinary text around them
 * still analysed. The CPU bounds are a generous sanity guard (minutes before the fix; docs/PERFORMANCE.md
 * "Pathological pages" has the timings, from the PathologicalCost benchmark).
 */
@Tag("model")
class BoundedCostTest {

  private static final String INTRO = "Markets in Frankfurt were calm on Tuesday, said Angela Weber of Deutsche Bank.\n\n";
  private static final String OUTRO = "\n\nThe index closed higher on Friday, June 7, 2024.\n";

  private final ArticleProcessor processor = new ArticleProcessor(SharedNlp.get(), SharedNlp.OPTIONS);
  /**
   * The hostile parts below are longer than the default --max-article-chars, which alone would cut most of them
   * away: with the limit raised, as a user with long articles would, hiding is what keeps them cheap.
   */
  private final ArticleProcessor raised = new ArticleProcessor(SharedNlp.get(),
      SharedNlp.OPTIONS.withLimits(250_000, SharedNlp.OPTIONS.articleTimeout()));

  private static long cpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
  }

  private ArticleResult run(String id, String body, long maxCpuSeconds) {
    return run(raised, id, body, maxCpuSeconds);
  }

  private ArticleResult run(ArticleProcessor processor, String id, String body, long maxCpuSeconds) {
    processor.process(new Article("warm", "test", "", INTRO, "2024-05-01", "input", "", ""));
    long cpu0 = cpuMillis();
    ArticleResult r = processor.process(new Article(id, "test", "", INTRO + body + OUTRO, "2024-05-01", "input",
        "", ""));
    long cpu = cpuMillis() - cpu0;
    assertTrue(r.ok(), id + ": " + r.error());
    assertTrue(cpu < maxCpuSeconds * 1000, id + " took " + cpu + " ms of CPU");
    return r;
  }

  private static boolean found(ArticleResult r, String type, String name) {
    return r.entities().entities().stream().anyMatch(e -> e.type().equals(type) && e.name().contains(name));
  }

  @Test
  void aGiantRunOfLettersIsHiddenFromTheTaggers() {
    ArticleResult r = run("letters", "a".repeat(190_000), 30);
    assertTrue(r.article().warning().contains("hidden from the taggers"), r.article().warning());
    assertTrue(found(r, "PERSON", "Angela Weber") && found(r, "DATE", "June 7"));
  }

  @Test
  void aBase64ImageIsHiddenFromTheTaggers() {
    byte[] bytes = new byte[112_500];
    new Random(18).nextBytes(bytes);
    ArticleResult r = run("base64", "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes), 30);
    assertTrue(r.article().warning().contains("hidden from the taggers"), r.article().warning());
    assertTrue(found(r, "PERSON", "Angela Weber") && found(r, "DATE", "June 7"));
  }

  @Test
  void aTableOfTwentyThousandNumbersKeepsItsWords() {
    Random rnd = new Random(18);
    StringBuilder table = new StringBuilder();
    for (int line = 0; line < 2_000; line++) {
      table.append(line % 50 == 0 ? "Siemens " : "");
      for (int col = 0; col < 10; col++) {
        table.append(String.format("%.2f", rnd.nextDouble() * 500)).append(col < 9 ? " " : "\n");
      }
    }
    ArticleResult r = run("numbers", table.toString(), 30);
    assertTrue(r.article().warning().contains("20000 number(s)"), r.article().warning());
    assertTrue(found(r, "PERSON", "Angela Weber") && found(r, "DATE", "June 7"));
  }

  @Test
  void anUnpunctuatedTranscriptIsAnalysedInPieces() {
    String[] said = {
        "Angela Weber of Deutsche Bank told reporters in Frankfurt that the talks would go on until March 3 2025",
        "then the minister said we have to wait and see what happens next week in Berlin with the unions",
        "and Thomas Keller from the union said on Monday they would not accept the offer of the employers",
        "so we asked the people in the street what they thought about it and most of them did not know"};
    StringBuilder transcript = new StringBuilder();
    for (int i = 0; transcript.length() < 180_000; i++) {
      transcript.append(said[i % said.length]).append(' ');
    }
    // About 33,000 tokens in one "sentence": the first 40,000 characters (--max-article-chars) are analysed, in
    // pieces; the bound is generous because CI machines are shared, the benchmark gives the real figure.
    ArticleResult r = run(processor, "transcript", transcript.toString(), 60);
    assertTrue(r.tokens() > 6_000 && r.tokens() < 9_000, "tokens: " + r.tokens());
    assertTrue(r.article().warning().contains("truncated: only the first"), r.article().warning());
    assertTrue(r.article().warning().contains("analysed in pieces"), r.article().warning());
    assertTrue(found(r, "PERSON", "Thomas Keller") && found(r, "LOCATION", "Berlin") && found(r, "DATE", "March 3"),
        r.entities().entities().stream().limit(20).map(Entity::name).toList().toString());
  }
}
