package org.dateline.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a JSONL file, each with whether it was ended by a line break: a file that stops in the middle of a
 * line (a cut download) has an unterminated last line, which is the broken record, not a record of its own.
 * Line breaks as {@link java.io.BufferedReader#readLine}: {@code \n}, {@code \r} or {@code \r\n}. A line may be
 * of any length that fits in memory.
 */
final class RecordLines implements AutoCloseable {

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int len;
  private boolean eof;
  private boolean skipLf;
  private boolean terminated;

  RecordLines(Reader in) {
    this.in = in;
  }

  /** The next line without its break, or null at the end. */
  String next() throws IOException {
    StringBuilder line = null;
    while (true) {
      if (pos == len && !fill()) {
        terminated = false;
        return line == null ? null : line.toString();
      }
      if (skipLf) {
        skipLf = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < len && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      if (line == null) {
        line = new StringBuilder(pos - start + 16);
      }
      line.append(buffer, start, pos - start);
      if (pos < len) {
        skipLf = buffer[pos] == '\r';
        pos++;
        terminated = true;
        return line.toString();
      }
    }
  }

  /** Whether the line {@link #next} returned last ended with a line break. */
  boolean terminated() {
    return terminated;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
