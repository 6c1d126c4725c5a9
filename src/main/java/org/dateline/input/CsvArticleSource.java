package org.dateline.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.dateline.config.InputFields;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;

/**
 * A CSV file with a header row, one article per record. Records are parsed one at a time (quoted text may span
 * lines). Column names are matched ignoring case and surrounding spaces, since spreadsheets export "Text" or
 * " text" as readily as "text".
 */
final class CsvArticleSource extends Lookahead implements ArticleSource {

  /** Empty lines are kept as records and skipped here, so the parser's line count stays exact. */
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(false)
      .setAllowMissingColumnNames(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
      .get();

  private final ReadableFile file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns;
  private final InputFields fields;
  private boolean finished;

  private CsvArticleSource(ReadableFile file, CSVParser parser, InputFields fields) {
    this.file = file;
    this.parser = parser;
    this.fields = fields;
    this.records = parser.iterator();
    this.columns = columnIndex(parser.getHeaderNames());
  }

  /** Opens the file and checks its header; a file without a text column is the user's mistake, not a bad row. */
  static CsvArticleSource open(ReadableFile file, InputFields fields) throws IOException {
    return open(file, fields, true);
  }

  /** With {@code check} false, a file without the text column is opened anyway (counting needs no text). */
  static CsvArticleSource open(ReadableFile file, InputFields fields, boolean check) throws IOException {
    CSVParser parser = parse(file);
    CsvArticleSource source = new CsvArticleSource(file, parser, fields);
    if (check && !source.columns.containsKey(InputFields.csvKey(fields.text()))) {
      List<String> found = parser.getHeaderNames();
      source.close();
      throw new UsageException("CSV file " + file.source() + " has no '" + fields.text() + "' column (columns "
          + "found: " + (found.isEmpty() ? "none" : String.join(", ", found)) + "); add a header row with at least '"
          + fields.text() + "', or name the text column with --text-column");
    }
    return source;
  }

  /** Reads only the header: lets the run fail on a wrong CSV before any article is processed. */
  static void checkHeader(ReadableFile file, InputFields fields) {
    try {
      open(file, fields).close();
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot read CSV file " + file.source() + ": " + e.getMessage() + "; check the file");
    }
  }

  private static CSVParser parse(ReadableFile file) throws IOException {
    InputStream in = file.open();
    try {
      BufferedReader reader = Utf8Text.reader(in);
      return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static Map<String, Integer> columnIndex(List<String> headers) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.get(i) == null ? "" : InputFields.csvKey(headers.get(i));
      index.putIfAbsent(name, i);
    }
    return index;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !finished) {
      // The record starts on the line after everything consumed so far.
      long line = parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          close();
          break;
        }
        record = records.next();
      } catch (RuntimeException e) {
        // Usually an unclosed quote: the parser cannot find the next record boundary, so the file ends here.
        finished = true;
        next = Article.unreadable(file.name() + ":" + line, file.source() + ":" + line, "malformed CSV from line "
            + line + " of " + file.source() + ": " + reason(e) + "; check the quoting of that record");
        break;
      }
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue;
      }
      next = toArticle(record, line);
    }
    return next != null;
  }

  private Article toArticle(CSVRecord record, long line) {
    String generatedId = file.name() + ":" + line;
    String source = file.source() + ":" + line;
    String text = field(record, fields.text());
    if (text == null) {
      return Article.unreadable(generatedId, source, "malformed CSV row on line " + line + " of " + file.source()
          + ": it has " + record.size() + " fields and no '" + fields.text() + "' value; fix or remove the row");
    }
    return InputRecords.article(generatedId, source, field(record, fields.id()), field(record, fields.title()),
        text, field(record, fields.date()), field(record, fields.url()))
        .withOutlet(field(record, InputFields.OUTLET));
  }

  /** The value of a column, or null when the column is absent or this record is too short to have it. */
  private String field(CSVRecord record, String column) {
    Integer index = columns.get(InputFields.csvKey(column));
    return index == null || index >= record.size() ? null : record.get(index);
  }

  private static String reason(RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  @Override
  public void close() {
    finished = true;
    try {
      parser.close();
    } catch (IOException e) {
      // Only reading happened; nothing is lost by a failed close.
    }
  }
}
