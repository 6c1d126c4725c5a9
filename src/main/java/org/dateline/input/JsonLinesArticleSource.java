package org.dateline.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;
import org.dateline.config.InputFields;
import org.dateline.doc.Article;

/**
 * JSON Lines, one article per line, read a line at a time so a multi-gigabyte file streams in constant memory
 * and a bad line costs only that line. Fields: {@code id}, {@code text} (required), {@code title}, {@code date},
 * {@code url} (or the names {@link InputFields} gives), {@code outlet}; anything else is ignored.
 */
final class JsonLinesArticleSource extends Lookahead implements ArticleSource {

  private final ReadableFile file;
  private final InputFields fields;
  private final GzipLines data;
  private final RecordLines lines;
  private int lineNumber;
  private boolean finished;

  /** Standard input: read to its end, with no file position to report. */
  JsonLinesArticleSource(ReadableFile file, BufferedReader lines, InputFields fields) {
    this(file, null, lines, fields);
  }

  JsonLinesArticleSource(ReadableFile file, GzipLines data, BufferedReader lines, InputFields fields) {
    this.file = file;
    this.fields = fields;
    this.data = data;
    this.lines = new RecordLines(lines);
  }

  /** A JSONL file, gunzipped if it is a .gz; a file cut short keeps every complete line before the cut. */
  static JsonLinesArticleSource open(ReadableFile file, InputFields fields) throws IOException {
    GzipLines data = GzipLines.open(file);
    try {
      return new JsonLinesArticleSource(file, data, Utf8Text.reader(data), fields);
    } catch (IOException | RuntimeException e) {
      data.close();
      throw e;
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !finished) {
      String line;
      try {
        line = lines.next();
      } catch (IOException e) {
        // The file vanished or a disk failed: nothing after this point can be trusted.
        finished = true;
        next = Article.unreadable(file.name() + ":" + (lineNumber + 1), file.source() + ":" + (lineNumber + 1),
            "cannot read " + file.source() + " after line " + lineNumber + ": " + e.getMessage()
                + "; check that the file is complete");
        break;
      }
      Optional<String> cut = data == null ? Optional.empty() : data.cut();
      // The unterminated last line of a file cut short is the broken record: one failed row stands for it.
      if (line == null || cut.isPresent() && !lines.terminated()) {
        close();
        next = cut.map(this::cutShort).orElse(null);
        break;
      }
      lineNumber++;
      if (!line.isBlank()) {
        next = parse(line);
      }
    }
    return next != null;
  }

  private Article parse(String line) {
    String generatedId = file.name() + ":" + lineNumber;
    String source = file.source() + ":" + lineNumber;
    JsonNode node;
    try {
      node = JsonRecords.READER.readTree(line);
    } catch (JsonProcessingException e) {
      return malformed(generatedId, source, JsonRecords.firstLine(e.getOriginalMessage()));
    }
    String[] problem = new String[1];
    Article a = JsonRecords.article(node, fields, generatedId, source, problem);
    return a != null ? a : malformed(generatedId, source, problem[0]);
  }

  private Article cutShort(String where) {
    long line = lineNumber + 1;
    return Article.unreadable(file.name() + ":" + line, file.source() + ":" + line, "file cut short: "
        + file.source() + " ends in the middle of line " + line + "; " + where + "; the " + lineNumber + " lines "
        + "before it were read; get the complete file (an interrupted download?) and run again");
  }

  private Article malformed(String id, String source, String reason) {
    return Article.unreadable(id, source, "malformed JSON on line " + lineNumber + " of " + file.source() + ": "
        + reason + "; fix or remove the line");
  }

  @Override
  public void close() {
    finished = true;
    try {
      lines.close();
    } catch (IOException e) {
      // Only reading happened; nothing is lost by a failed close.
    }
  }
}
