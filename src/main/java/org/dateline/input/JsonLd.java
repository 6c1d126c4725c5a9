package org.dateline.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The schema.org JSON-LD blocks of a page, parsed once; broken blocks (common on real sites) are skipped. */
record JsonLd(List<JsonNode> blocks) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonLd of(Document page) {
    List<JsonNode> blocks = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        blocks.add(JSON.readTree(script.data()));
      } catch (JsonProcessingException e) {
        // The page's other metadata still applies.
      }
    }
    return new JsonLd(List.copyOf(blocks));
  }

  /** Every value of {@code field} at any depth, in page order. */
  List<JsonNode> all(String field) {
    List<JsonNode> found = new ArrayList<>();
    blocks.forEach(b -> found.addAll(b.findValues(field)));
    return found;
  }

  /** The first text value of {@code field} at any depth, or empty. */
  String text(String field) {
    for (JsonNode value : all(field)) {
      if (value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return "";
  }
}
