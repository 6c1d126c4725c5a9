package org.dateline.output;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dateline.cli.Main;
import org.dateline.config.UsageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One run per output folder. The other run is a real second process holding the lock ({@link Holder}), since an
 * OS lock is per process; the refused run must say so at once, before any model loads (which takes 20-40 s).
 */
class OutputLockTest {

  @TempDir
  Path dir;

  private Process holder;

  /** Another Dateline process: takes the lock on the folder named by its argument and keeps it until killed. */
  public static final class Holder {
    public static void main(String[] args) throws InterruptedException {
      try (OutputLock lock = OutputLock.acquire(Path.of(args[0]))) {
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
      }
    }
  }

  @AfterEach
  void killHolder() {
    if (holder != null) {
      holder.destroyForcibly();
    }
  }

  private Path heldByAnotherProcess(Path out) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
        out.toString()).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("locked", lines.readLine());
    return out;
  }

  /** Runs the CLI in this JVM and returns its exit code and stderr. */
  private static String[] cli(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void aSecondRunIsRefusedAtOnceNamingTheFolderAndTheOtherRun() throws Exception {
    Path out = heldByAnotherProcess(dir.resolve("out"));
    Path input = Files.writeString(dir.resolve("a.txt"), "Text.");
    long t0 = System.nanoTime();
    String[] result = cli("extract", "--out", out.toString(), input.toString());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("2", result[0], result[1]);
    assertTrue(millis < 10_000, "refused after " + millis + " ms: the models must not load first");
    assertTrue(result[1].contains("output folder " + out + " is in use by another Dateline run (pid "
        + holder.pid() + ", started "), result[1]);
    assertFalse(Files.exists(out.resolve(OutputFolder.PROGRESS_DIR)));
  }

  @Test
  void anOverlappingResumeIsRefused() throws Exception {
    Path out = heldByAnotherProcess(dir.resolve("out"));
    Path input = Files.writeString(dir.resolve("a.txt"), "Text.");
    String[] result = cli("extract", "--resume", "--out", out.toString(), input.toString());
    assertEquals("2", result[0], result[1]);
    assertTrue(result[1].contains("is in use by another Dateline run (pid " + holder.pid()), result[1]);
  }

  @Test
  void aLockLeftByAKilledRunDoesNotBlock() throws Exception {
    Path out = heldByAnotherProcess(dir.resolve("out"));
    holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    assertTrue(Files.readString(out.resolve(OutputLock.FILE_NAME)).contains("pid=" + holder.pid()));
    try (OutputLock lock = OutputLock.acquire(out)) {
      assertTrue(Files.readString(out.resolve(OutputLock.FILE_NAME)).contains("pid=" + ProcessHandle.current().pid()));
    }
  }

  @Test
  void aSecondRunInTheSameProcessIsRefusedAndTheLockIsFreedOnClose() {
    Path out = dir.resolve("out");
    try (OutputLock lock = OutputLock.acquire(out)) {
      assertThrows(UsageException.class, () -> OutputLock.acquire(out));
    }
    OutputLock.acquire(out).close();
  }

  @Test
  void anUnwritableOutIsAUsageErrorBeforeTheModelsLoad() throws Exception {
    Path input = Files.writeString(dir.resolve("a.txt"), "Text.");
    // Under a plain file no folder can be made, whoever runs the test (root ignores permission bits).
    Path out = input.resolve("tables");
    long t0 = System.nanoTime();
    String[] result = cli("extract", "--out", out.toString(), input.toString());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("2", result[0], result[1]);
    assertTrue(millis < 10_000, "refused after " + millis + " ms: the models must not load first");
    assertTrue(result[1].contains("cannot write in output folder " + out), result[1]);
  }
}
