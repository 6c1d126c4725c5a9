package org.dateline.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a finished table back, row by row, never the whole file at once: the one reader of {@code eval}, the
 * corpus tally and the tests. Takes the CLI's {@code articles.csv} file or the Spark job's {@code articles.csv/}
 * folder of {@code part-*.csv} files (each with its header row; read in name order, which is row order). One row
 * of look-ahead ({@link #nextOf}) lets several tables written in article order be walked side by side.
 */
public final class TableReader implements AutoCloseable, Iterator<TableRow> {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private final Table table;
  private final Path path;
  private final Iterator<Path> parts;
  private Reader in;
  private CSVParser parser;
  private Iterator<CSVRecord> rows = List.<CSVRecord>of().iterator();
  private TableRow peeked;

  private TableReader(Table table, Path path, List<Path> parts) {
    this.table = table;
    this.path = path;
    this.parts = parts.iterator();
  }

  /** The table {@code table} of the run whose tables are in {@code folder}. */
  public static TableReader open(Path folder, Table table) {
    Path path = folder.resolve(table.fileName());
    if (Files.isRegularFile(path)) {
      return new TableReader(table, path, List.of(path));
    }
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        return new TableReader(table, path, files.filter(p -> p.getFileName().toString().startsWith("part-"))
            .filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    }
    throw new UncheckedIOException(new IOException("cannot read " + path + ": no such table; run extract into "
        + folder + " first"));
  }

  @Override
  public boolean hasNext() {
    return peek() != null;
  }

  @Override
  public TableRow next() {
    TableRow row = peek();
    if (row == null) {
      throw new NoSuchElementException();
    }
    peeked = null;
    return row;
  }

  /** The next row if it belongs to {@code articleId}, else null (and the row stays for a later article). */
  public TableRow nextOf(String articleId) {
    TableRow row = peek();
    return row != null && row.articleId().equals(articleId) ? next() : null;
  }

  /** Every row left, in order. */
  public List<TableRow> rest() {
    List<TableRow> all = new ArrayList<>();
    forEachRemaining(all::add);
    return all;
  }

  private TableRow peek() {
    while (peeked == null) {
      if (rows.hasNext()) {
        peeked = new TableRow(table, rows.next().toList());
      } else if (parts.hasNext()) {
        openPart(parts.next());
      } else {
        return null;
      }
    }
    return peeked;
  }

  private void openPart(Path part) {
    try {
      close();
      BufferedReader reader = Files.newBufferedReader(part, StandardCharsets.UTF_8);
      in = reader;
      // Tables written with --excel start with a byte-order mark.
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
      List<String> header = parser.getHeaderNames();
      if (!header.isEmpty() && !header.equals(table.columnNames())) {
        throw new IllegalStateException(part + " is not a " + table.fileName() + " of this Dateline version: its "
            + "columns are " + parser.getHeaderNames() + "; run extract again");
      }
      rows = parser.iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + part, e);
    }
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
      if (in != null) {
        in.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + path, e);
    }
  }
}
