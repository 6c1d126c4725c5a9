package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.config.UsageException;

/**
 * A geocoding gold file (geo-dev): one document per line, {@code {id, text, toponyms:[{begin, end, text, lat, lon,
 * country_code?, gwn_type?}]}} with code-point offsets. {@code subset} keeps {@code all}, {@code literal} or
 * {@code associative} (GeoWebNews' pragmatic groups) or {@code geonames} (toponyms with a GeoNames id).
 */
record GeoGold(String id, String text, List<Toponym> toponyms) {

  private static final Set<String> LITERAL = Set.of("Literal", "Mixed", "Coercion", "Embedded_Literal",
      "Literal_Modifier");
  private static final Set<String> ASSOCIATIVE = Set.of("Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit");
  static final List<String> SUBSETS = List.of("all", "literal", "associative", "geonames");

  record Toponym(int begin, int end, String text, double lat, double lon, String countryCode) {
  }

  static List<GeoGold> read(Path file, int limit, String subset) {
    if (!SUBSETS.contains(subset)) {
      throw new UsageException("--subset must be one of " + SUBSETS + ", not '" + subset + "'");
    }
    ObjectMapper json = new ObjectMapper();
    List<GeoGold> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null && (limit <= 0 || docs.size() < limit); line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        if (!d.hasNonNull("id") || !d.hasNonNull("text")) {
          throw new UsageException(file + " line " + lineNo + ": a document needs \"id\" and \"text\"");
        }
        List<Toponym> tops = new ArrayList<>();
        for (JsonNode t : d.path("toponyms")) {
          if (keeps(subset, t)) {
            tops.add(new Toponym(t.path("begin").asInt(), t.path("end").asInt(), t.path("text").asText(""),
                t.path("lat").asDouble(), t.path("lon").asDouble(), t.path("country_code").asText("")));
          }
        }
        docs.add(new GeoGold(d.get("id").asText(), d.get("text").asText(), tops));
      }
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage() + "; it must be geo-dev's JSONL");
    }
    return docs;
  }

  private static boolean keeps(String subset, JsonNode t) {
    return switch (subset) {
      case "literal" -> LITERAL.contains(t.path("gwn_type").asText());
      case "associative" -> ASSOCIATIVE.contains(t.path("gwn_type").asText());
      case "geonames" -> t.hasNonNull("geonames_id");
      default -> true;
    };
  }
}
