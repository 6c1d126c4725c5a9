package org.dateline.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.config.TableFormat;
import org.dateline.table.Table;

/**
 * The tables in the formats beside CSV, derived from a finished run's CSV tables in the progress folder just
 * before they are published. CSV stays the journal of record: a resumed run re-derives from it, so --resume and
 * the atomic publishing hold for every format. Each file is written under a temporary name and renamed when
 * complete, so a file present in the progress folder is whole.
 */
final class DerivedFormats {

  private static final String TEMP = ".part";

  private DerivedFormats() {
  }

  /** Every file name a format other than CSV may give, for clearing an earlier run's files. */
  static List<String> allFileNames() {
    List<String> names = new ArrayList<>();
    for (Table t : Table.values()) {
      names.add(JsonlTable.fileName(t, "jsonl"));
      names.add(JsonlTable.fileName(t, "parquet"));
    }
    names.add(XlsxTables.FILE_NAME);
    return names;
  }

  /**
   * Writes into {@code progress} the files of {@code formats} derived from its CSV tables, unless already there;
   * does nothing once the CSV tables have started moving out (a publish repeated after a crash).
   *
   * @return the derived files' names, to publish before the CSV tables
   */
  static List<String> write(Path progress, Set<TableFormat> formats) throws IOException {
    List<String> names = new ArrayList<>();
    boolean csvHere = Files.exists(progress.resolve(Table.ARTICLES.fileName()));
    for (Table t : Table.values()) {
      Path jsonl = progress.resolve(JsonlTable.fileName(t, "jsonl"));
      Path parquet = progress.resolve(JsonlTable.fileName(t, "parquet"));
      if (formats.contains(TableFormat.JSONL)) {
        if (csvHere && !Files.exists(jsonl)) {
          JsonlTable.write(progress, t, temp(jsonl));
          done(jsonl);
        }
        names.add(jsonl.getFileName().toString());
      }
      if (formats.contains(TableFormat.PARQUET)) {
        if (csvHere && !Files.exists(parquet)) {
          Path source = Files.exists(jsonl) ? jsonl : temp(jsonl);
          if (source != jsonl) {
            JsonlTable.write(progress, t, source);
          }
          ParquetTable.write(t, source, temp(parquet), progress.resolve("duckdb.tmp"));
          Files.deleteIfExists(temp(jsonl));
          done(parquet);
        }
        names.add(parquet.getFileName().toString());
      }
    }
    if (formats.contains(TableFormat.XLSX)) {
      Path xlsx = progress.resolve(XlsxTables.FILE_NAME);
      if (csvHere && !Files.exists(xlsx)) {
        XlsxTables.write(progress, temp(xlsx), XlsxTables.EXCEL_ROWS);
        done(xlsx);
      }
      names.add(XlsxTables.FILE_NAME);
    }
    return names;
  }

  private static Path temp(Path file) {
    return file.resolveSibling(file.getFileName() + TEMP);
  }

  private static void done(Path file) throws IOException {
    Files.move(temp(file), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
