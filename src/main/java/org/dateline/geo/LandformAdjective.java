package org.dateline.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * A landform's bare noun the tagger took alone, right after a country's adjective ("the Balkan Peninsula" tagged
 * "Peninsula" only): one name with the adjective, the landform that country lies on or by, so it is placed at
 * that country (or continent or division), never at the far town that is called like the noun.
 */
final class LandformAdjective {

  /** A capitalized word right before the noun, on the same line and one space away. */
  private static final Pattern ADJECTIVE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(\\p{Lu}\\p{L}+) $");

  private final Candidates candidates;
  private final Map<String, String> placeOfDemonym;

  LandformAdjective(Candidates candidates, Map<String, String> demonyms) {
    this.candidates = candidates;
    this.placeOfDemonym = demonyms;
  }

  /** Each landform entity named after a country's adjective, by id, to that country's candidates. */
  Map<String, List<GeoPoint>> of(String text, EntityTable table) {
    Map<String, List<GeoPoint>> out = new HashMap<>();
    for (Entity e : table.entities()) {
      if (!e.type().equals("LOCATION") || !Geocoder.LANDFORMS.contains(PlaceNames.key(e.name()))) {
        continue;
      }
      for (Mention m : table.mentions()) {
        if (m.entityId().equals(e.entityId()) && m.kind().equals(Mention.NAME) && !out.containsKey(e.entityId())) {
          List<GeoPoint> wide = adjectivePlace(text.substring(Math.max(0, m.start() - 30), m.start()));
          if (!wide.isEmpty()) {
            out.put(e.entityId(), wide);
          }
        }
      }
    }
    return out;
  }

  /** The country, continent or division an adjective right at the end of {@code before} names, if any. */
  private List<GeoPoint> adjectivePlace(String before) {
    Matcher a = ADJECTIVE_BEFORE.matcher(before);
    if (!a.find()) {
      return List.of();
    }
    String word = a.group(1);
    String place = placeOfDemonym.get(word.toLowerCase(Locale.ROOT));
    if (place == null || PlaceNames.key(place).equals(PlaceNames.key(word))) {
      return List.of(); // no adjective, or a place's own name ("Gaza Peninsula" is the geocoder's own case)
    }
    List<GeoPoint> shared = SharedAdjective.countries(word, placeOfDemonym, candidates);
    if (shared.size() > 1) {
      return List.of(SharedAdjective.centre(shared));
    }
    return candidates.of(place.replace(".", "")).stream().filter(p -> p.isCountry()
        || p.featureCode().equals("CONT") || p.featureCode().equals("ADM1")).toList();
  }
}
