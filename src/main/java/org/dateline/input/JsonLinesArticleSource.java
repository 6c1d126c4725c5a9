package org.dateline.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import org.dateline.doc.Article;

/**
 * JSON Lines, one article per line, read a line at a time so a multi-gigabyte file streams in constant memory
 * and a bad line costs only that line. Fields: {@code id}, {@code text} (required), {@code title}, {@code date},
 * {@code url}; anything else is ignored.
 */
final class JsonLinesArticleSource extends Lookahead implements ArticleSource {

  /** Trailing garbage after the object ("{...}{...") means two records were glued together: reject the line. */
  private static final ObjectReader JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .reader();

  private final ReadableFile file;
  private final BufferedReader lines;
  private int lineNumber;
  private boolean finished;

  JsonLinesArticleSource(ReadableFile file, BufferedReader lines) {
    this.file = file;
    this.lines = lines;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !finished) {
      String line;
      try {
        line = lines.readLine();
      } catch (IOException e) {
        // A truncated gzip or a vanished file: nothing after this point can be trusted.
        finished = true;
        next = Article.unreadable(file.name() + ":" + (lineNumber + 1), file.source() + ":" + (lineNumber + 1),
            "cannot read " + file.source() + " after line " + lineNumber + ": " + e.getMessage()
                + "; check that the file is complete");
        break;
      }
      if (line == null) {
        close();
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
