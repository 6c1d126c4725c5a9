package org.dateline.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SIGTERM to a real {@code dateline extract} process in the middle of its articles: it stops between two articles
 * within seconds, says in one line how many it finished and that --resume continues, and exits 143; the journal
 * holds exactly that many articles. (That --resume then gives identical tables is {@link ResumeAfterKillTest}.)
 */
@Tag("model")
class SigtermMidRunTest {

  private static final int ARTICLES = 6;

  @TempDir
  Path dir;

  @Test
  void sigtermMidRunStopsBetweenArticlesAndSaysHowToContinue() throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "signals are a POSIX matter");
    Path inputs = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path p : samples.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList()) {
        Files.copy(p, inputs.resolve(p.getFileName()));
      }
    }
    Path out = dir.resolve("out");
    Path journal = out.resolve(".dateline-progress").resolve("journal.tsv");
    Path err = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "org.dateline.cli.Main", "extract", "--threads", "1", "--no-timings", "-q", "--out", out.toString(),
        inputs.toString()).redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
    long stopMillis;
    try {
      while (run.isAlive() && finishedArticles(journal) < 1) {
        Thread.sleep(20);
      }
      long t0 = System.nanoTime();
      run.destroy(); // SIGTERM
      assertTrue(run.waitFor(1, TimeUnit.MINUTES));
      stopMillis = (System.nanoTime() - t0) / 1_000_000;
    } finally {
      run.destroyForcibly();
    }
    long finished = finishedArticles(journal);
    assumeTrue(finished >= 1 && finished < ARTICLES, "the run was not stopped mid-way (finished " + finished + ")");
    String printed = Files.readString(err);
    assertEquals(143, run.exitValue(), printed);
    assertTrue(printed.contains("dateline: interrupted after " + finished + " articles; run the same command with "
        + "--resume to continue"), printed);
    assertFalse(printed.contains("aborted") || printed.contains("WARN"), printed);
    assertTrue(stopMillis < 10_000, "stopped after " + stopMillis + " ms");
    assertTrue(Files.notExists(out.resolve("articles.csv")), "nothing is published");
  }

  private static long finishedArticles(Path journal) {
    try {
      String text = Files.readString(journal);
      return text.substring(0, text.lastIndexOf('\n') + 1).lines().filter(l -> l.startsWith("article\t")).count();
    } catch (IOException e) {
      return 0;
    }
  }
}
