package org.dateline.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.dateline.config.InputFields;
import org.dateline.doc.Article;

/**
 * One JSON record (a JSONL line or an element of a JSON array) as an article, with the field names the user
 * chose. Shared so both JSON layouts give the same articles and the same error for the same mistake.
 */
final class JsonRecords {

  /**
   * Trailing garbage after the object ("{...}{...") means two records were glued together: reject the line.
   * Jackson refuses strings over 20 million characters by default; an article that long is truncated at
   * --max-article-chars like any other, with its id, so the record is read whatever its length.
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build();
  static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  static final ObjectReader READER = MAPPER.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).reader();

  private JsonRecords() {
  }

  /**
   * The article of {@code node}, or null with {@code problem[0]} saying what is wrong with the record.
   *
   * @param generatedId the id when the record has none
   */
  static Article article(JsonNode node, InputFields fields, String generatedId, String source, String[] problem) {
    if (node == null || !node.isObject()) {
      problem[0] = "not a JSON object";
      return null;
    }
    JsonNode text = node.get(fields.text());
    if (text == null || text.isNull()) {
      problem[0] = "no \"" + fields.text() + "\" field" + (fields.text().equals("text") ? ""
          : " (named by --text-column)");
      return null;
    }
    if (!text.isTextual()) {
      problem[0] = "\"" + fields.text() + "\" is not a string";
      return null;
    }
    return InputRecords.article(generatedId, source, scalar(node, fields.id()), scalar(node, fields.title()),
        text.textValue(), scalar(node, fields.date()), scalar(node, fields.url()))
        .withOutlet(scalar(node, InputFields.OUTLET));
  }

  /** A field as text when it is a string or number (ids are often numeric); empty for objects, arrays, null. */
  static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  /** Jackson messages can quote long stretches of input; the error column should stay one short line. */
  static String firstLine(String message) {
    String first = message == null ? "unparseable" : message.lines().findFirst().orElse("unparseable");
    return first.length() > 120 ? first.substring(0, 117) + "..." : first;
  }
}
