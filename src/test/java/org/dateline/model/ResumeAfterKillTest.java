package org.dateline.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dateline.config.OutputMode;
import org.dateline.config.RunOptions;
import org.dateline.input.ArticleInputs;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;
import org.dateline.table.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real {@code dateline extract} process is killed with SIGKILL once its journal records a finished article;
 * {@code --resume} then finishes the run, and every table is byte-identical to an uninterrupted run's.
 */
@Tag("model")
class ResumeAfterKillTest {

  private static final int ARTICLES = 6;

  @TempDir
  Path dir;

  private RunOptions options(Path inputs, Path out, OutputMode mode) {
    // Exactly what the CLI builds for: extract --threads 1 --no-timings --out OUT [--resume] INPUTS
    return new RunOptions(List.of(inputs.toString()), out, 1, mode, false, false);
  }

  private RunSummary runInProcess(RunOptions o) {
    try (ArticleInputs in = ArticleInputs.open(o.inputs(), null)) {
      return new Pipeline(SharedNlp.OPTIONS, o).run(in, SharedNlp.get(), 0);
    }
  }

  @Test
  void killedRunResumesToTheTablesOfAnUninterruptedRun() throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList()) {
        Files.copy(p, inputs.resolve(p.getFileName()));
      }
    }
    Path killed = dir.resolve("killed");
    Path journal = killed.resolve(".dateline-progress").resolve("journal.tsv");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "org.dateline.cli.Main", "extract", "--threads", "1", "--no-timings", "-q", "--out", killed.toString(),
        inputs.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
    try {
      while (run.isAlive() && finishedArticles(journal) < 1) {
        Thread.sleep(20);
      }
      run.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks, buffers lost
      assertTrue(run.waitFor(1, TimeUnit.MINUTES));
    } finally {
      run.destroyForcibly();
    }
    long before = finishedArticles(journal);
    assumeTrue(before >= 1 && before < ARTICLES, "the run was not killed mid-way (finished " + before + "); log: "
        + Files.readString(dir.resolve("killed.log")));
    assertTrue(Files.notExists(killed.resolve("articles.csv")), "no table is published before the run finishes");

    RunSummary resumed = runInProcess(options(inputs, killed, OutputMode.RESUME));
    Path whole = dir.resolve("whole");
    RunSummary uninterrupted = runInProcess(options(inputs, whole, OutputMode.FRESH));

    assertEquals(before, resumed.resumed());
    assertEquals(ARTICLES, resumed.read());
    assertEquals(uninterrupted.ok(), resumed.ok());
    for (Table f : Table.values()) {
      assertArrayEquals(Files.readAllBytes(whole.resolve(f.fileName())), Files.readAllBytes(killed.resolve(f.fileName())),
          f.fileName() + " differs after kill -9 at " + before + " finished article(s) and --resume");
    }
    assertTrue(Files.notExists(killed.resolve(".dateline-progress")));
    assertEquals(ARTICLES + 1, Files.readAllLines(killed.resolve("articles.csv")).size());
  }

  /** Complete "article" lines of the journal (a line counts once its newline is written). */
  private static long finishedArticles(Path journal) {
    try {
      String text = Files.readString(journal);
      return text.substring(0, text.lastIndexOf('\n') + 1).lines().filter(l -> l.startsWith("article\t")).count();
    } catch (IOException e) {
      return 0; // not created yet, or already published and removed
    }
  }
}
