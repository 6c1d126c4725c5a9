package org.dateline.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SIGTERM to a real extract process: one line saying how many articles were finished and that --resume continues,
 * exit 143. The signal arrives while the models load (the run holds its lock from then on), so no model needs to
 * finish loading and the test stays in the fast tier; the loop's own handling is the same notice.
 */
class InterruptNoticeTest {

  @TempDir
  Path dir;

  @Test
  void sigtermSaysHowToContinueAndExits143() throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "signals are a POSIX matter");
    Path input = Files.writeString(dir.resolve("a.txt"), "Kyiv, Jan. 30 -- Text.");
    Path out = dir.resolve("out");
    Path err = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "extract", "-q", "--threads", "1", "--tables", "entities", "--out", out.toString(),
        input.toString()).redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
    try {
      Path lock = out.resolve(".dateline.lock");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!(Files.exists(lock) && Files.readString(lock).contains("pid=" + p.pid()))) {
        assertTrue(p.isAlive() && System.nanoTime() < deadline, "the run never took its lock");
        Thread.sleep(50);
      }
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the run did not stop");
      String printed = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(143, p.exitValue(), printed);
      assertTrue(printed.contains("dateline: interrupted after 0 articles; run the same command with --resume to "
          + "continue"), printed);
      assertFalse(printed.contains("aborted"), printed);
      assertFalse(Files.exists(out.resolve("articles.csv")), "nothing may be published");
    } finally {
      p.destroyForcibly();
    }
  }
}
