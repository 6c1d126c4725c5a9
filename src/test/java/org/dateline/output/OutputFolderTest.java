package org.dateline.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.config.OutputMode;
import org.dateline.config.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A previous run's tables are never replaced by accident; --overwrite and --resume say what to do instead. */
class OutputFolderTest {

  @TempDir
  Path dir;

  private void finishedRun(Path out) {
    try (TableWriters w = new TableWriters(out, OutputFolder.prepare(out, OutputMode.FRESH, "s"), "s", false,
        false)) {
      w.write(Results.naming(1, "Ada"));
    }
  }

  @Test
  void freshRunRefusesANonEmptyFolderAndChangesNothing() throws IOException {
    Path out = dir.resolve("out");
    finishedRun(out);
    byte[] before = Files.readAllBytes(out.resolve("articles.csv"));
    UsageException e = assertThrows(UsageException.class, () -> OutputFolder.prepare(out, OutputMode.FRESH, "s"));
    assertTrue(e.getMessage().contains("--overwrite") && e.getMessage().contains("--resume")
        && e.getMessage().contains("articles.csv"), e.getMessage());
    assertEquals(new String(before), Files.readString(out.resolve("articles.csv")));
    assertFalse(Files.exists(OutputFolder.progressDir(out)));
  }

  @Test
  void hiddenFilesDoNotMakeAFolderNonEmpty() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve(".gitkeep"), "");
    assertTrue(OutputFolder.check(out, OutputMode.FRESH, "s").isNew());
  }

  @Test
  void outputPathThatIsAFileIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("out.csv"), "x");
    assertThrows(UsageException.class, () -> OutputFolder.check(file, OutputMode.OVERWRITE, "s"));
  }

  @Test
  void overwriteReplacesOnlyDatelinesOwnFiles() throws IOException {
    Path out = dir.resolve("out");
    finishedRun(out);
    Files.writeString(out.resolve("notes.md"), "mine");
    try (TableWriters w = new TableWriters(out, OutputFolder.prepare(out, OutputMode.OVERWRITE, "s"), "s", false,
        false)) {
      w.write(Results.naming(2, "Grace"));
    }
    assertTrue(Files.readString(out.resolve("articles.csv")).contains("art-2"));
    assertFalse(Files.readString(out.resolve("articles.csv")).contains("art-1"));
    assertEquals("mine", Files.readString(out.resolve("notes.md")));
  }

  @Test
  void resumeOnANewOrEmptyFolderSimplyStarts() throws IOException {
    assertTrue(OutputFolder.check(dir.resolve("new"), OutputMode.RESUME, "s").isNew());
    assertTrue(OutputFolder.check(Files.createDirectories(dir.resolve("empty")), OutputMode.RESUME, "s").isNew());
  }

  @Test
  void resumeOnAFinishedRunIsAUsageError() {
    Path out = dir.resolve("out");
    finishedRun(out);
    UsageException e = assertThrows(UsageException.class, () -> OutputFolder.check(out, OutputMode.RESUME, "s"));
    assertTrue(e.getMessage().startsWith("nothing to resume in " + out), e.getMessage());
  }

  @Test
  void resumeWithOtherSettingsIsAUsageErrorShowingBoth() {
    Path out = dir.resolve("out");
    TableWriters w = new TableWriters(out, OutputFolder.prepare(out, OutputMode.FRESH, "inputs=[a]"), "inputs=[a]",
        false, false);
    w.write(Results.naming(1, "Ada"));
    w.abandon();
    w.close();
    UsageException e = assertThrows(UsageException.class,
        () -> OutputFolder.check(out, OutputMode.RESUME, "inputs=[b]"));
    assertTrue(e.getMessage().contains("then: inputs=[a]") && e.getMessage().contains("now:  inputs=[b]"),
        e.getMessage());
    assertEquals(1, OutputFolder.check(out, OutputMode.RESUME, "inputs=[a]").finished());
  }
}
