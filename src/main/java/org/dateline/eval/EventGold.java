package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A record of events-dev or plover-dev: a sentence, its date and the events a coder should produce. For events-dev
 * {@code type} is the CAMEO root, {@code code} the full CAMEO code and source/target CAMEO actor codes; for
 * plover-dev {@code type} is the PLOVER type, with actor texts and no code. An absent target is empty.
 */
record EventGold(String id, String text, String date, List<Expected> events) {

  record Expected(String type, String code, String source, String target) {
  }

  static List<EventGold> read(Path file, boolean plover, int limit) {
    ObjectMapper json = new ObjectMapper();
    List<EventGold> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null && (limit <= 0 || out.size() < limit); line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        List<Expected> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
          events.add(plover
              ? new Expected(e.path("type").asText(), "", text(e.get("source")), text(e.get("target")))
              : new Expected(e.path("root").asText(), e.path("code").asText(), text(e.get("source")),
                  text(e.get("target"))));
        }
        out.add(new EventGold(n.path("id").asText(), n.path("text").asText(), isoDate(text(n.get("date"))), events));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file, e);
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asText();
  }

  /** events-dev writes dates as yyyyMMdd. */
  private static String isoDate(String d) {
    return d.matches("\\d{8}") ? d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6) : d;
  }
}
