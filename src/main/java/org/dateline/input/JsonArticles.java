package org.dateline.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import org.dateline.config.InputFields;

/**
 * A {@code .json} file (or {@code .json.gz}): exports hold JSON Lines, one JSON array of records, or one
 * pretty-printed record per file (news crawlers write a file per article), and the file name does not say which.
 * The start decides: {@code [} starts an array; a first line that is a whole object starts JSON Lines; any other
 * {@code {} starts records written over several lines. All are streamed, one record at a time.
 */
final class JsonArticles {

  /** How far the start is looked at; beyond it a file is read as JSON Lines (or, after a '{' line, records). */
  private static final int SNIFF_CHARS = 1 << 16;

  private JsonArticles() {
  }

  static ArticleSource open(ReadableFile file, InputFields fields) throws IOException {
    GzipLines data = GzipLines.open(file);
    try {
      BufferedReader reader = Utf8Text.reader(data);
      Layout layout = layout(reader);
      if (layout == Layout.LINES) {
        return new JsonLinesArticleSource(file, data, reader, fields);
      }
      skipToArray(reader);
      return new JsonArrayArticleSource(file, data, reader, fields, layout == Layout.ARRAY);
    } catch (IOException | RuntimeException e) {
      data.close();
      throw e;
    }
  }

  /** How many records the file holds, for the progress display: array elements, or non-blank lines. */
  static long count(ReadableFile file) throws IOException {
    try (GzipLines data = GzipLines.open(file); BufferedReader reader = Utf8Text.reader(data)) {
      Layout layout = layout(reader);
      if (layout == Layout.LINES) {
        return -1;
      }
      skipToArray(reader);
      long n = 0;
      try (JsonParser parser = JsonRecords.FACTORY.createParser(reader)) {
        JsonToken t = parser.nextToken();
        for (t = layout == Layout.ARRAY ? parser.nextToken() : t; t != null && t != JsonToken.END_ARRAY;
             t = parser.nextToken()) {
          parser.skipChildren();
          n++;
        }
      } catch (IOException e) {
        // The reader reports the broken record as one failed row.
        n++;
      }
      return n;
    }
  }

  private enum Layout { ARRAY, LINES, RECORDS }

  private static Layout layout(BufferedReader reader) throws IOException {
    reader.mark(SNIFF_CHARS + 1);
    int n = 0;
    int c = reader.read();
    while (c != -1 && skippable(c) && ++n < SNIFF_CHARS) {
      c = reader.read();
    }
    StringBuilder firstLine = new StringBuilder();
    while (c != -1 && c != '\n' && c != '\r' && ++n < SNIFF_CHARS) {
      firstLine.appendCodePoint(c);
      c = reader.read();
    }
    reader.reset();
    if (firstLine.toString().startsWith("[")) {
      return Layout.ARRAY;
    }
    return firstLine.toString().startsWith("{") && !wholeObject(firstLine.toString()) ? Layout.RECORDS
        : Layout.LINES;
  }

  private static boolean wholeObject(String line) {
    try {
      return JsonRecords.READER.readTree(line).isObject();
    } catch (IOException e) {
      return false;
    }
  }

  /** Consumes the whitespace (and byte-order mark) before the '[', so the JSON parser starts at the array. */
  private static void skipToArray(BufferedReader reader) throws IOException {
    while (true) {
      reader.mark(1);
      int c = reader.read();
      if (c == -1 || !skippable(c)) {
        reader.reset();
        return;
      }
    }
  }

  private static boolean skippable(int c) {
    return Character.isWhitespace(c) || c == '\uFEFF';
  }
}
