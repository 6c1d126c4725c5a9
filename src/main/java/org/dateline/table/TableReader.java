package org.dateline.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a finished table back row by row, with one row of look-ahead, so that several tables written in the
 * same article order can be walked side by side without holding any of them in memory.
 */
public final class TableReader implements AutoCloseable {

  private final Reader in;
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private CSVRecord peeked;

  public TableReader(Path file) throws IOException {
    in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    parser = CSVParser.builder().setReader(in).setFormat(format).get();
    rows = parser.iterator();
  }

  /** The next row if it belongs to {@code articleId}, else null (and the row stays for a later article). */
  public CSVRecord nextOf(String articleId) {
    if (peeked == null && rows.hasNext()) {
      peeked = rows.next();
    }
    if (peeked == null || !peeked.get("article_id").equals(articleId)) {
      return null;
    }
    CSVRecord row = peeked;
    peeked = null;
    return row;
  }

  public Iterator<CSVRecord> all() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    parser.close();
    in.close();
  }
}
