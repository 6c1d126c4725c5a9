package org.dateline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.config.Options;
import org.dateline.config.OutputMode;
import org.dateline.config.TableFormat;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.identity.AliasTable;
import org.dateline.table.Table;
import org.dateline.table.TableCells;

/**
 * Writes every table of a run. Rows of an article are written when it finishes, in input order, into the
 * progress folder; then the progress journal records the article with every table's length, so a crash at any
 * moment leaves nothing that a resume cannot cut back to a finished article. On {@link #close} entity keys are
 * resolved across the run ({@link KeyedTables}), the corpus table is counted from the keyed entities.csv and the
 * tables are moved into the output folder. For HTML input the extracted
 * text that offsets refer to goes to {@code texts/}.
 */
public final class TableWriters implements AutoCloseable {

  private final Path dir;
  private final boolean timings;
  private final boolean excel;
  private final Map<Table, CsvTable> tables = new EnumMap<>(Table.class);
  private final ProgressJournal journal;
  private long finished;
  private boolean abandoned;
  private RunStart start;
  private Set<TableFormat> formats = Options.FORMATS;
  private AliasTable aliases;

  /** A new run's tables in {@code dir}, replacing Dateline's files there (tests and the eval command). */
  public TableWriters(Path dir, boolean timings) {
    this(dir, OutputFolder.prepare(dir, OutputMode.OVERWRITE, ""), "", timings, false);
  }

  /**
   * @param progress what {@link OutputFolder#prepare} found: a new run, or an interrupted one to continue
   * @param settings the run settings, recorded in a new journal so a resume can check it gets the same ones
   */
  public TableWriters(Path dir, RunProgress progress, String settings, boolean timings, boolean excel) {
    this.dir = dir;
    this.timings = timings;
    this.excel = excel;
    this.finished = progress.finished();
    Path work = OutputFolder.progressDir(dir);
    Path journalFile = work.resolve(ProgressJournal.FILE_NAME);
    if (progress.complete()) {
      journal = null;
    } else if (progress.isNew()) {
      journal = ProgressJournal.create(journalFile, settings);
      for (Table f : perArticleTables()) {
        tables.put(f, CsvTable.create(work.resolve(f.fileName()), f));
      }
      journal.started(lengths());
    } else {
      journal = ProgressJournal.reopen(journalFile, progress.journalLength());
      for (Table f : perArticleTables()) {
        Long length = progress.lengths().get(f.fileName());
        tables.put(f, length == null ? CsvTable.create(work.resolve(f.fileName()), f)
            : CsvTable.resume(work.resolve(f.fileName()), length));
      }
    }
  }

  private static Table[] perArticleTables() {
    return Arrays.stream(Table.values()).filter(f -> f != Table.CORPUS_ENTITIES)
        .toArray(Table[]::new);
  }

  /** Asks for a run.json, published with the tables, recording this run's start and counts. */
  public TableWriters recording(RunStart runStart) {
    this.start = runStart;
    return this;
  }

  /** Resolves entity keys across the run with these aliases (default: the bundled table). */
  public TableWriters aliases(AliasTable table) {
    this.aliases = table;
    return this;
  }

  /** Publishes the tables in these formats too (derived from the CSV tables when the run is published). */
  public TableWriters formats(Set<TableFormat> chosen) {
    this.formats = Set.copyOf(chosen);
    return this;
  }

  public void write(ArticleResult r) {
    Article a = r.article();
    tables.forEach((table, csv) -> TableCells.rows(table, r, timings).forEach(csv::row));
    // The first articles' texts let the report show their mentions and quotes in context.
    if (isHtml(a.source()) || finished < Options.REPORT_ARTICLES) {
      writeText(a);
    }
    journal.finishedArticle(++finished, r.ok(), a.id(), lengths());
  }

  /** Every table's length once its rows are on disk: what the journal records. */
  private Map<String, Long> lengths() {
    Map<String, Long> lengths = new LinkedHashMap<>();
    tables.forEach((f, t) -> lengths.put(f.fileName(), t.sync()));
    return lengths;
  }

  private static boolean isHtml(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.endsWith(".html") || s.endsWith(".htm");
  }

  private void writeText(Article a) {
    Path file = OutputFolder.textFile(dir, a.id());
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, a.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Marks the run as broken off: {@link #close} then keeps the progress folder for a later --resume. */
  public void abandon() {
    abandoned = true;
  }

  /** Finishes the run (unless abandoned): corpus table, then every table moved into the output folder. */
  @Override
  public void close() {
    tables.values().forEach(CsvTable::close);
    try {
      if (abandoned) {
        return;
      }
      Path work = OutputFolder.progressDir(dir);
      if (journal != null) {
        Path keyed = KeyedTables.write(work, aliases != null ? aliases : AliasTable.load("", List.of()));
        try (CsvTable corpus = CsvTable.create(work.resolve(Table.CORPUS_ENTITIES.fileName()),
            Table.CORPUS_ENTITIES)) {
          CorpusEntities.of(work, keyed).writeTo(corpus);
          corpus.sync();
        }
        journal.finishedRun();
      }
      KeyedTables.promote(work);
      if (start != null) {
        RunRecord.write(RunRecord.of(start, work), work);
      }
      OutputFolder.publish(dir, excel, formats);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish the tables in " + dir + "; run again with --resume", e);
    } finally {
      if (journal != null) {
        journal.close();
      }
    }
  }
}
