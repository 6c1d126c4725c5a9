package org.dateline.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.dateline.config.UsageException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dateline.table.Table;

/**
 * One RFC 4180 CSV file (UTF-8, header row always written) being filled during a run. {@link #sync} makes
 * everything written so far durable and returns the file length, which the progress journal records so that an
 * interrupted run can cut the file back to its last finished article.
 */
final class CsvTable implements AutoCloseable {

  private final Path path;
  private final FileChannel channel;
  private final CSVPrinter printer;

  private CsvTable(Path path, FileChannel channel) throws IOException {
    this.path = path;
    this.channel = channel;
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
        StandardCharsets.UTF_8), 1 << 16);
    this.printer = new CSVPrinter(w, CSVFormat.RFC4180);
  }

  /** A new file holding only the header row. */
  static CsvTable create(Path file, Table format) {
    try {
      CsvTable t = new CsvTable(file, FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
      t.row(format.columnNames().toArray());
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": check that the output folder is writable", e);
    }
  }

  /** An interrupted run's file, cut back to {@code length} bytes (its last finished article) and continued. */
  static CsvTable resume(Path file, long length) {
    try {
      FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
      long size = ch.size();
      if (size < length) {
        ch.close();
        throw new UsageException("cannot resume: " + file + " holds " + size + " bytes but the "
            + "progress journal recorded " + length + "; the folder was changed since, so start again with --overwrite");
      }
      ch.truncate(length);
      ch.position(length);
      return new CsvTable(file, ch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen " + file + " to resume: check that it is writable", e);
    }
  }

  void row(Object... cells) {
    row(Arrays.asList(cells));
  }

  void row(List<?> cells) {
    try {
      printer.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + path + " (disk full?)", e);
    }
  }

  /** Writes out buffered rows, forces them to disk and returns the file length. */
  long sync() {
    try {
      printer.flush();
      channel.force(false);
      return channel.position();
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
