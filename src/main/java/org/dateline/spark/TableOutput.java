package org.dateline.spark;

import java.io.IOException;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.dateline.config.UsageException;
import org.dateline.table.Table;

/**
 * The job's output folder: one folder per table and format ({@code articles.csv/}, {@code articles.parquet/}, ...)
 * of part files, written through Spark's commit protocol, so a folder holds only the rows of committed tasks and
 * gets its {@code _SUCCESS} marker when the table is complete. CSV cells are written as RFC 4180 reads them back:
 * quotes doubled, spaces kept, empty cells empty; Parquet columns are typed ({@link TypedColumns}).
 */
final class TableOutput {

  static final Set<String> FORMATS = Set.of("csv", "parquet");
  /** The NLP results, saved once and read by every table; removed when the tables are written. */
  private static final String RESULTS = "nlp-results";

  private final Path out;
  private final Set<String> formats;
  private final FileSystem fs;

  private TableOutput(Path out, Set<String> formats, FileSystem fs) {
    this.out = out;
    this.formats = formats;
    this.fs = fs;
  }

  /**
   * Checks the folder before anything runs. Without {@code overwrite} it must be new or empty (hidden files do not
   * count); with it, Dateline's own folders in it are removed and anything else is left alone, as the CLI does.
   */
  static TableOutput prepare(String dir, Set<String> formats, boolean overwrite, Configuration conf) {
    Path out = new Path(dir);
    try {
      FileSystem fs = out.getFileSystem(conf);
      TableOutput output = new TableOutput(fs.makeQualified(out), formats, fs);
      if (fs.exists(out)) {
        for (FileStatus s : fs.listStatus(out)) {
          String name = s.getPath().getName();
          if (!overwrite && !name.startsWith(".")) {
            throw new UsageException("--out " + dir + " already holds files (" + name + "); use --overwrite to "
                + "replace Dateline's tables there, or name a new folder");
          }
          if (overwrite && output.isOurs(name)) {
            fs.delete(s.getPath(), true);
          }
        }
      }
      return output;
    } catch (IOException e) {
      throw new UsageException("cannot prepare --out " + dir + ": " + e.getMessage() + "; check the path and that "
          + "the job may write there");
    }
  }

  private boolean isOurs(String name) {
    for (Table t : Table.values()) {
      for (String f : FORMATS) {
        if (name.equals(folder(t, f))) {
          return true;
        }
      }
    }
    return name.equals(RESULTS);
  }

  private static String folder(Table table, String format) {
    return table.fileName().replace(".csv", "." + format);
  }

  String results() {
    return new Path(out, RESULTS).toString();
  }

  void write(Table table, Dataset<Row> rows) {
    for (String format : formats) {
      String path = new Path(out, folder(table, format)).toString();
      if (format.equals("parquet")) {
        TypedColumns.of(table, rows).write().mode(SaveMode.ErrorIfExists).parquet(path);
      } else {
        rows.write().mode(SaveMode.ErrorIfExists)
            .option("header", "true")
            .option("escape", "\"")
            .option("ignoreLeadingWhiteSpace", "false")
            .option("ignoreTrailingWhiteSpace", "false")
            .option("emptyValue", "")
            .csv(path);
      }
    }
  }

  /** Removes the saved results once every table is written. */
  void finish() {
    try {
      fs.delete(new Path(out, RESULTS), true);
    } catch (IOException e) {
      throw new IllegalStateException("the tables are complete, but " + results() + " could not be removed ("
          + e.getMessage() + "); delete it by hand", e);
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
