package org.dateline.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;
import org.dateline.doc.Article;

/**
 * JSON Lines, one article per line, read a line at a time so a multi-gigabyte file streams in constant memory
 * and a bad line costs only that line. Fields: {@code id}, {@code text} (required), {@code title}, {@code date},
 * {@code url}; anything else is ignored.
 */
final class JsonLinesArticleSource extends Lookahead implements ArticleSource {

  /**
   * Trailing garbage after the object ("{...}{...") means two records were glued together: reject the line.
   * Jackson refuses strings over 20 million characters by default; an article that long is truncated at
   * --max-article-chars like any other, with its id, so the record is read whatever its length.
   */
  private static final ObjectReader JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .reader();

  private final ReadableFile file;
  private final GzipLines data;
  private final RecordLines lines;
  private int lineNumber;
  private boolean finished;

  /** Standard input: read to its end, with no file position to report. */
  JsonLinesArticleSource(ReadableFile file, BufferedReader lines) {
    this(file, null, lines);
  }

  private JsonLinesArticleSource(ReadableFile file, GzipLines data, BufferedReader lines) {
    this.file = file;
    this.data = data;
    this.lines = new RecordLines(lines);
  }

  /** A JSONL file, gunzipped if it is a .gz; a file cut short keeps every complete line before the cut. */
  static JsonLinesArticleSource open(ReadableFile file) throws IOException {
    GzipLines data = GzipLines.open(file);
    try {
      return new JsonLinesArticleSource(file, data, Utf8Text.reader(data));
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
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return malformed(generatedId, source, firstLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      return malformed(generatedId, source, "not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return malformed(generatedId, source, "no \"text\" field");
    }
    if (!text.isTextual()) {
      return malformed(generatedId, source, "\"text\" is not a string");
    }
    return InputRecords.article(generatedId, source, scalar(node, "id"), scalar(node, "title"), text.textValue(),
        scalar(node, "date"), scalar(node, "url"));
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

  /** A field as text when it is a string or number (ids are often numeric); empty for objects, arrays, null. */
  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  /** Jackson messages can quote long stretches of input; the error column should stay one short line. */
  private static String firstLine(String message) {
    String first = message == null ? "unparseable" : message.lines().findFirst().orElse("unparseable");
    return first.length() > 120 ? first.substring(0, 117) + "..." : first;
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
