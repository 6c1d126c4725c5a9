package org.dateline.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import org.dateline.config.Extraction;
import org.dateline.config.FailureHandler;
import org.dateline.config.OutputMode;
import org.dateline.config.Options;
import org.dateline.config.RunAborted;
import org.dateline.config.RunOptions;
import org.dateline.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A disk that fills up mid-run: the run is aborted (exit 3) with one message saying what happened and that
 * --resume continues; nothing is published. The full disk is real: a table of the run is a link to /dev/full,
 * where every write fails with ENOSPC. The articles are unreadable ones, which need no models.
 */
class AbortedRunTest {

  @TempDir
  Path dir;

  private static final Options ENTITIES = Options.DEFAULTS.withTables(EnumSet.of(Extraction.ENTITIES));

  private RunSummary run(Path out, Iterator<Article> articles) {
    RunOptions resume = new RunOptions(List.of(), out, 1, OutputMode.RESUME, false, false);
    return new Pipeline(ENTITIES, resume).run(articles, null, 0);
  }

  private static Iterator<Article> brokenAfter(List<Article> articles) {
    Iterator<Article> it = articles.iterator();
    return new Iterator<>() {
      public boolean hasNext() {
        return true;
      }

      public Article next() {
        if (it.hasNext()) {
          return it.next();
        }
        throw new IllegalStateException("input broke off");
      }
    };
  }

  @Test
  void aFullDiskAbortsTheRunWithOneMessageAndExit3() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
    Path out = dir.resolve("out");
    Article a = Article.unreadable("a", "a.txt", "cannot read a.txt");
    // A first attempt breaks off before finishing an article: the progress folder keeps its journal and tables.
    assertThrows(RunAborted.class, () -> run(out, brokenAfter(List.of(a))));
    Path progress = out.resolve(".dateline-progress");
    Path journal = progress.resolve("journal.tsv");
    // Now the disk is full: articles.csv points at /dev/full (its recorded length 0, which /dev/full "has").
    Files.delete(progress.resolve("articles.csv"));
    Files.createSymbolicLink(progress.resolve("articles.csv"), full);
    Files.writeString(journal, Files.readString(journal).replaceAll("articles\\.csv=\\d+", "articles.csv=0"));

    Article b = Article.unreadable("b", "b.txt", "cannot read b.txt");
    RunAborted e = assertThrows(RunAborted.class, () -> run(out, List.of(a, b, b).iterator()));
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing was published in " + out), e.getMessage());
    assertTrue(e.getMessage().contains("the 0 articles finished so far are kept"), e.getMessage());
    assertTrue(e.getMessage().contains("run the same command with --resume to continue"), e.getMessage());
    assertFalse(Files.exists(out.resolve("articles.csv")), "nothing may be published");
    assertTrue(Files.exists(journal), "the journal stays for --resume");

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(CommandLine.Model.CommandSpec.create()).setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    assertEquals(3, new FailureHandler().handleExecutionException(e, cli, null));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, printed.lines().count(), printed);
    assertTrue(printed.startsWith("dateline: run aborted: cannot write to "), printed);
  }

  @Test
  void anInternalErrorIsAnAbortToo() {
    RunAborted e = assertThrows(RunAborted.class, () -> run(dir.resolve("o"), brokenAfter(List.of())));
    assertTrue(e.getMessage().startsWith("internal error: java.lang.IllegalStateException: input broke off"),
        e.getMessage());
  }
}
