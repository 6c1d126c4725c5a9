package org.dateline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.table.Table;

/**
 * The append-only record of a run in progress, one line per event, each forced to disk before the run moves on:
 * <pre>
 * dateline-journal 1 TAB run settings
 * start TAB table lengths                                 (after the header rows)
 * article TAB n TAB ok|failed TAB table lengths TAB id     (after each finished article, in input order)
 * finished                                                (every article done, corpus table written)
 * </pre>
 * Table lengths are {@code file=bytes} pairs. A line counts only once its newline is on disk, so a kill in the
 * middle of writing one loses just that line; the tables are then cut back to the last complete line's lengths.
 */
final class ProgressJournal implements AutoCloseable {

  static final String FILE_NAME = "journal.tsv";
  static final String MAGIC = "dateline-journal 1";

  private final Path file;
  private final FileChannel channel;

  private ProgressJournal(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** A new journal for a run with these settings. */
  static ProgressJournal create(Path file, String settings) {
    try {
      ProgressJournal j = new ProgressJournal(file, FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
      j.append(MAGIC + "\t" + escape(settings));
      return j;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the progress journal " + file, e);
    }
  }

  /** An existing journal, cut back to {@code validLength} (its last complete line) and continued. */
  static ProgressJournal reopen(Path file, long validLength) {
    try {
      FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
      ch.truncate(validLength);
      ch.position(validLength);
      return new ProgressJournal(file, ch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen the progress journal " + file, e);
    }
  }

  void started(Map<String, Long> lengths) {
    append("start\t" + lengths(lengths));
  }

  void finishedArticle(long n, boolean ok, String id, Map<String, Long> lengths) {
    append("article\t" + n + "\t" + (ok ? "ok" : "failed") + "\t" + lengths(lengths) + "\t" + escape(id));
  }

  void finishedRun() {
    append("finished");
  }

  private void append(String line) {
    try {
      ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the progress journal " + file + " (disk full?)", e);
    }
  }

  private static String lengths(Map<String, Long> lengths) {
    return lengths.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  /** Ids and settings may hold any character; the journal's own separators must stay unambiguous. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the progress journal " + file, e);
    }
  }
}
