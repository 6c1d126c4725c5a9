package org.dateline.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import org.dateline.config.InputFields;

/**
 * A {@code .json} file (or {@code .json.gz}): exports hold either JSON Lines or one JSON array of records, and
 * the file name does not say which, so the first character decides: {@code [} starts an array, anything else is
 * read as JSON Lines. Both are streamed, one record at a time.
 */
final class JsonArticles {

  /** Leading whitespace longer than this is not a JSON array export; the file is then read as JSON Lines. */
  private static final int SNIFF_CHARS = 1 << 15;

  private JsonArticles() {
  }

  static ArticleSource open(ReadableFile file, InputFields fields) throws IOException {
    GzipLines data = GzipLines.open(file);
    try {
      BufferedReader reader = Utf8Text.reader(data);
      if (!startsArray(reader)) {
        return new JsonLinesArticleSource(file, data, reader, fields);
      }
      skipToArray(reader);
      return new JsonArrayArticleSource(file, data, reader, fields);
    } catch (IOException | RuntimeException e) {
      data.close();
      throw e;
    }
  }

  /** How many records the file holds, for the progress display: array elements, or non-blank lines. */
  static long count(ReadableFile file) throws IOException {
    try (GzipLines data = GzipLines.open(file); BufferedReader reader = Utf8Text.reader(data)) {
      if (!startsArray(reader)) {
        return -1;
      }
      skipToArray(reader);
      long n = 0;
      try (JsonParser parser = JsonRecords.FACTORY.createParser(reader)) {
        parser.nextToken();
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
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

  private static boolean startsArray(BufferedReader reader) throws IOException {
    reader.mark(SNIFF_CHARS + 1);
    int c = reader.read();
    for (int n = 1; c != -1 && skippable(c) && n < SNIFF_CHARS; n++) {
      c = reader.read();
    }
    reader.reset();
    return c == '[';
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
