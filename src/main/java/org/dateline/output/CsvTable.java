package org.dateline.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One RFC 4180 CSV file (UTF-8, header row always written). */
final class CsvTable implements AutoCloseable {

  private final Path path;
  private final CSVPrinter printer;

  CsvTable(Path dir, TableFormat format) {
    this.path = dir.resolve(format.fileName());
    try {
      BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      this.printer = CSVFormat.RFC4180.builder()
          .setHeader(format.columns().toArray(String[]::new)).get().print(w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": check that the output folder is writable", e);
    }
  }

  void row(Object... cells) {
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + path + " (disk full?)", e);
    }
  }

  void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + path + " (disk full?)", e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + path, e);
    }
  }
}
