package org.dateline.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.spark.SparkMain;
import org.dateline.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's spark-submit command, run in this JVM through the same entry point (its master as the Spark conf),
 * writes the tables the CLI writes for the same input: every row of all six tables, every column, whatever the
 * order. Both use the test JVM's one CoreNLP pipeline. A task lost before its commit is retried, and the tables
 * still hold every row exactly once.
 */
@Tag("model")
class SparkJobTest {

  /** What the test adds to the README's Spark configuration: no web UI, no guessing of the host name. */
  private static final Map<String, String> TEST_CONF = Map.of("spark.ui.enabled", "false",
      "spark.driver.bindAddress", "127.0.0.1", "spark.driver.host", "127.0.0.1");

  @TempDir
  static Path dir;

  private static Path cli;

  @BeforeAll
  static void cliTables() {
    SampleTables.run();
    cli = SampleTables.DIR;
  }

  @Test
  void readmeCommandWritesTheTablesOfTheCli() throws IOException {
    ReadmeCommand command = ReadmeCommand.read(Path.of("README.md"));
    assertEquals("org.dateline.spark.SparkMain", command.mainClass());
    assertEquals("local[2]", command.sparkConf().get("spark.master"));
    Path out = dir.resolve("spark");
    assertEquals(0, withConf(command.sparkConf(), command.argsWith("--out", out.toString())));

    for (Table table : Table.values()) {
      assertSameRows(table, cli.resolve(table.fileName()), out.resolve(table.fileName()), Set.of());
      assertTrue(Files.exists(out.resolve(table.fileName()).resolve("_SUCCESS")), table + " is not committed");
    }
    assertEquals(12, SparkTables.rows(out.resolve("articles.csv"), Table.ARTICLES.columnNames()).size());
    assertFalse(Files.exists(out.resolve("nlp-results")), "the saved NLP results are removed at the end");
    assertKeysAreEntityKeys(out);
  }

  /**
   * Every speaker_key, actor_key and target_key of the job's tables is an entity_key of its corpus table: the
   * keys were resolved across the corpus once, the same way in every table (the CLI's equal rows, above, say the
   * job resolved them as the CLI does).
   */
  private static void assertKeysAreEntityKeys(Path out) throws IOException {
    List<String> corpusColumns = Table.CORPUS_ENTITIES.columnNames();
    Set<String> keys = new java.util.HashSet<>();
    SparkTables.rows(out.resolve(Table.CORPUS_ENTITIES.fileName()), corpusColumns).keySet()
        .forEach(r -> keys.add(r.get(corpusColumns.indexOf("entity_key"))));
    for (Table t : List.of(Table.QUOTES, Table.EVENTS)) {
      List<String> columns = t.columnNames();
      for (List<String> row : SparkTables.rows(out.resolve(t.fileName()), columns).keySet()) {
        for (String c : t == Table.QUOTES ? List.of("speaker_key") : List.of("actor_key", "target_key")) {
          String key = row.get(columns.indexOf(c));
          assertTrue(key.isEmpty() || keys.contains(key), t.fileName() + " " + c + " " + key + " is no entity_key");
        }
      }
    }
  }

  @Test
  void aTaskLostBeforeItsCommitIsRetriedWithoutLosingOrDoublingRows() throws IOException {
    List<String> two = List.of("samples/12-benin-nigeria-join-african-union-continental.txt",
        "samples/13-fiancee-of-murdered-saudi-journalist-demands.txt");
    Set<String> ids = Set.copyOf(two.stream().map(s -> s.substring("samples/".length())).toList());
    Path out = dir.resolve("retried");
    // One partition: the task that fails is the one that analysed and wrote both articles.
    List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--no-timings", "--partitions", "1",
        "--format", "csv,parquet"));
    args.addAll(two);
    // local[2,2]: two cores, and a task may fail once before the job fails.
    Map<String, String> conf = Map.of("spark.master", "local[2,2]",
        "spark.sql.sources.commitProtocolClass", FailOnceCommitProtocol.class.getName());
    FailOnceCommitProtocol.FAILURES.set(0);
    assertEquals(0, withConf(conf, args));

    assertEquals(1, FailOnceCommitProtocol.FAILURES.get(), "the injected failure happened");
    for (Table table : Table.values()) {
      if (table != Table.CORPUS_ENTITIES) {
        assertSameRows(table, cli.resolve(table.fileName()), out.resolve(table.fileName()), ids);
      }
      Path parquet = out.resolve(table.fileName().replace(".csv", ".parquet"));
      assertTrue(Files.exists(parquet.resolve("_SUCCESS")), parquet + " is not committed");
    }
  }

  /** The rows of the CLI's table (only those of {@code articles}, if any are named) and of the Spark job's. */
  private static void assertSameRows(Table table, Path cliFile, Path sparkFolder, Set<String> articles)
      throws IOException {
    Map<List<String>, Integer> expected = SparkTables.rows(cliFile, table.columnNames());
    if (!articles.isEmpty()) {
      expected.keySet().removeIf(row -> !articles.contains(row.get(0)));
    }
    Map<List<String>, Integer> actual = SparkTables.rows(sparkFolder, table.columnNames());
    assertFalse(expected.isEmpty(), "the CLI wrote no rows in " + table.fileName());
    assertEquals(expected, actual, table.fileName() + " differs: " + SparkTables.difference(expected, actual));
  }

  /**
   * Runs the job as {@link SparkMain#main} does, with the Spark configuration as system properties, which is how
   * spark-submit passes it. Through {@link SparkMain#run}, which main calls, so that a failed job fails this test
   * instead of exiting the test JVM.
   */
  private static int withConf(Map<String, String> conf, List<String> args) {
    Map<String, String> all = new HashMap<>(TEST_CONF);
    all.putAll(conf);
    all.forEach(System::setProperty);
    try {
      return SparkMain.run(args.toArray(String[]::new));
    } finally {
      all.keySet().forEach(System::clearProperty);
    }
  }
}
