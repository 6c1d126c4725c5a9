package org.dateline.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dateline.config.OutputMode;
import org.dateline.doc.ArticleResult;
import org.dateline.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run killed at any byte of its progress journal, with its tables holding rows of articles the journal has
 * not recorded (and half a row), resumes to tables byte-identical to an uninterrupted run, corpus table included.
 * The subprocess test in the model tier kills a real run; this one tries every moment.
 */
class ResumeJournalTest {

  private static final String SETTINGS = "inputs=[in.jsonl]";
  private static final List<ArticleResult> RESULTS = List.of(Results.naming(1, "Ada Lovelace"), Results.failed(2),
      Results.naming(3, "Ada Lovelace"), Results.naming(4, "Grace, \"Amazing\" Hopper"), Results.naming(5, "Zoë"));

  @TempDir
  Path dir;

  private static void write(Path out, OutputMode mode, boolean finish) {
    RunProgress progress = OutputFolder.prepare(out, mode, SETTINGS);
    TableWriters w = new TableWriters(out, progress, SETTINGS, false, false);
    for (int i = (int) progress.finished(); i < RESULTS.size(); i++) {
      w.write(RESULTS.get(i));
    }
    if (!finish) {
      w.abandon();
    }
    w.close();
  }

  @Test
  void resumingAfterAKillAtAnyByteOfTheJournalGivesTheUninterruptedTables() throws IOException {
    Path reference = dir.resolve("reference");
    write(reference, OutputMode.FRESH, true);
    Path killed = dir.resolve("killed");
    write(killed, OutputMode.FRESH, false);
    Path progress = OutputFolder.progressDir(killed);
    // Rows beyond the last journal line, the last of them cut in half, as a kill while writing leaves them.
    Files.writeString(progress.resolve("mentions.csv"), "art-6,m1,e1,Half", StandardOpenOption.APPEND);
    long startLine = Files.readAllLines(progress.resolve(ProgressJournal.FILE_NAME)).subList(0, 2).stream()
        .mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
    for (long cut : cutPoints(progress.resolve(ProgressJournal.FILE_NAME), startLine)) {
      Path attempt = dir.resolve("attempt-" + cut);
      copyTree(killed, attempt);
      try (FileChannel j = FileChannel.open(OutputFolder.progressDir(attempt).resolve(ProgressJournal.FILE_NAME),
          StandardOpenOption.WRITE)) {
        j.truncate(cut);
      }
      write(attempt, OutputMode.RESUME, true);
      assertSameTables(reference, attempt, "journal cut at byte " + cut);
      assertFalse(Files.exists(OutputFolder.progressDir(attempt)), "progress folder removed at the end");
    }
  }

  @Test
  void runKilledWhilePublishingIsCompletedByResume() throws IOException {
    Path reference = dir.resolve("reference");
    write(reference, OutputMode.FRESH, true);
    Path killed = dir.resolve("killed");
    write(killed, OutputMode.FRESH, false);
    // Finished and journaled, one table already moved into place, then killed.
    Path progress = OutputFolder.progressDir(killed);
    Files.writeString(progress.resolve(Table.CORPUS_ENTITIES.fileName()), Files.readString(
        reference.resolve(Table.CORPUS_ENTITIES.fileName())));
    Files.writeString(progress.resolve(ProgressJournal.FILE_NAME), "finished\n", StandardOpenOption.APPEND);
    Files.move(progress.resolve("articles.csv"), killed.resolve("articles.csv"));
    RunProgress state = OutputFolder.prepare(killed, OutputMode.RESUME, SETTINGS);
    assertTrue(state.complete());
    assertEquals(5, state.finished());
    assertEquals(1, state.failed());
    new TableWriters(killed, state, SETTINGS, false, false).close();
    assertSameTables(reference, killed, "after publishing was resumed");
  }

  /** Every line end of the journal, one byte before and after it, and the middle of every line. */
  private static List<Long> cutPoints(Path journal, long from) throws IOException {
    byte[] bytes = Files.readAllBytes(journal);
    TreeSet<Long> cuts = new TreeSet<>();
    long lineStart = from;
    for (int i = (int) from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        cuts.addAll(List.of((long) i, (long) i + 1, Math.min(i + 2L, bytes.length), (lineStart + i) / 2));
        lineStart = i + 1;
      }
    }
    cuts.add(from);
    return List.copyOf(cuts);
  }

  private static void assertSameTables(Path expected, Path actual, String when) throws IOException {
    for (Table f : Table.values()) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(f.fileName())),
          Files.readAllBytes(actual.resolve(f.fileName())), f.fileName() + " differs " + when);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
