package org.dateline.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** The bundled samples give byte-identical tables (quotes included) on repeated runs, with one thread or two. */
@Tag("model")
class DeterminismTest {

  @TempDir
  Path dir;

  private RunSummary run(Path out, int threads) {
    RunOptions o = RunOptions.into(out, threads);
    try (ArticleInputs in = ArticleInputs.open(List.of("samples"), null)) {
      return new Pipeline(SharedNlp.OPTIONS, o).run(in, SharedNlp.get(), 0);
    }
  }

  @Test
  void sameInputSameTablesWhateverTheThreadCount() throws IOException {
    RunSummary one = run(dir.resolve("one"), 1);
    RunSummary two = SampleTables.run();
    assertEquals(12, one.read());
    assertEquals(12, one.ok());
    assertEquals(one.tokens(), two.tokens());
    for (Table f : Table.values()) {
      byte[] a = Files.readAllBytes(dir.resolve("one").resolve(f.fileName()));
      byte[] b = Files.readAllBytes(SampleTables.DIR.resolve(f.fileName()));
      assertArrayEquals(a, b, f.fileName() + " differs between 1 and 2 threads");
    }
    List<String> mentions = Files.readAllLines(dir.resolve("one").resolve("mentions.csv"));
    assertTrue(mentions.size() > 200, "the samples name hundreds of things: " + mentions.size());
    List<String> quotes = Files.readAllLines(dir.resolve("one").resolve("quotes.csv"));
    assertTrue(quotes.size() > 12, "news quotes people: " + quotes.size());
  }
}
