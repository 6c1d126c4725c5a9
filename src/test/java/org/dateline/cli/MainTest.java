package org.dateline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Usage errors exit 2 before any model is loaded and write nothing. */
class MainTest {

  @TempDir
  Path dir;

  @Test
  void missingInputIsAUsageError() {
    Path out = dir.resolve("out");
    assertEquals(2, Main.run("extract", "--out", out.toString(), dir.resolve("nope.jsonl").toString()));
    assertFalse(Files.exists(out));
  }

  @Test
  void badDateIsAUsageError() {
    assertEquals(2, Main.run("extract", "--date", "30/01/2026", dir.toString()));
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, Main.run("extract", "--no-such-option"));
  }

  @Test
  void nonEmptyOutputFolderIsAUsageErrorAndNothingIsTouched() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("articles.csv"), "a previous run");
    Path input = Files.writeString(dir.resolve("a.txt"), "Text.");
    assertEquals(2, Main.run("extract", "--out", out.toString(), input.toString()));
    assertEquals("a previous run", Files.readString(out.resolve("articles.csv")));
    assertFalse(Files.exists(out.resolve(".dateline-progress")));
  }

  @Test
  void overwriteAndResumeTogetherIsAUsageError() {
    assertEquals(2, Main.run("extract", "--overwrite", "--resume", "--out", dir.resolve("o").toString(),
        dir.toString()));
  }

  @Test
  void limitsMustBePositive() {
    assertEquals(2, Main.run("extract", "--article-timeout", "0", "--out", dir.resolve("o").toString(),
        dir.toString()));
    assertEquals(2, Main.run("extract", "--max-article-chars", "-1", "--out", dir.resolve("o").toString(),
        dir.toString()));
  }

  @Test
  void aMalformedActorDictionaryIsAUsageErrorForExtractAndEval() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.actors.txt"), "ARNOR [ARN]\nGONDOR [GON\n");
    Path input = Files.writeString(dir.resolve("a.txt"), "Text.");
    Path out = dir.resolve("o");
    assertEquals(2, Main.run("extract", "--actors", bad.toString(), "--out", out.toString(), input.toString()));
    assertFalse(Files.exists(out));
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"a\", \"text\": \"Text.\"}\n");
    assertEquals(2, Main.run("eval", "events", gold.toString(), "--agents", dir.resolve("nope.txt").toString(),
        "--out", out.toString()));
  }

  @Test
  void aHeapTooSmallForTheModelsIsAUsageErrorBeforeTheyLoad() throws Exception {
    Path input = Files.writeString(dir.resolve("a.txt"), "Text.");
    long t0 = System.nanoTime();
    // 200 threads need about 31 GB by HeapCheck's figures, more than any test JVM is given.
    assertEquals(2, Main.run("extract", "--threads", "200", "--out", dir.resolve("o").toString(), input.toString()));
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the models must not load first");
  }

  @Test
  void helpAndVersionExitZero() {
    assertEquals(0, Main.run("--help"));
    assertEquals(0, Main.run("extract", "--help"));
    assertEquals(0, Main.run("--version"));
  }

  @Test
  void inputsWithNoReadableArticleAreAUsageErrorBeforeTheModelsLoad() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("report.pdf"), "%PDF");
    Files.writeString(in.resolve("export.json"), "[{\"body\": \"Text.\"}]");
    Path out = dir.resolve("o");
    long t0 = System.nanoTime();
    String err = stderrOf(() -> Main.run("extract", "--out", out.toString(), in.toString()));
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the models must not load first");
    // The skipped file is also logged, at info, before the message.
    assertTrue(err.lines().anyMatch(l -> l.startsWith("dateline: the inputs hold no readable article")), err);
    assertTrue(err.contains("report.pdf") && err.contains("no \"text\" field"), err);
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void picocliErrorsAreOneLineAndWhereToLook() {
    String err = stderrOf(() -> Main.run("extract", "--threads", "two"));
    assertEquals(List.of("dateline: Invalid value for option '--threads': 'two' is not an int",
        "Try 'dateline extract --help' for more information."), err.lines().toList());
    String unknown = stderrOf(() -> Main.run("extract", "--thread", "2"));
    assertTrue(unknown.startsWith("dateline: Unknown option: '--thread'; did you mean --threads?"), unknown);
    assertEquals(2, unknown.lines().count());
  }

  @Test
  void extractHelpHasSectionsAndExamples() {
    PrintStream before = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("extract", "--help"));
    } finally {
      System.setOut(before);
    }
    String help = bytes.toString(StandardCharsets.UTF_8);
    int last = -1;
    for (String section : List.of("Inputs:", "Output:", "What to extract:", "Limits:", "Performance:",
        "Examples:")) {
      int at = help.indexOf("\n" + section + "\n");
      assertTrue(at > last, section + " missing or out of order in:\n" + help);
      last = at;
    }
    assertTrue(help.indexOf("--text-column") < help.indexOf("\nOutput:"), "field options are inputs");
    assertTrue(help.lastIndexOf("--threads=N") > help.indexOf("\nPerformance:"));
    assertTrue(help.contains("java -Xmx4g -jar target/dateline.jar extract"), help);
    assertFalse(help.contains("\nOther:"), "every option has its section");
  }

  /** What {@code run} wrote to standard error; the exit code must be 2 (usage). */
  private static String stderrOf(Supplier<Integer> run) {
    PrintStream before = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertEquals(2, run.get());
    } finally {
      System.setErr(before);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
