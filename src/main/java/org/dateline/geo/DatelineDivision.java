package org.dateline.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * A bare name shared by a division and a place outside it (a capital named like a state, as in "Kingsport" the
 * city and "Kingsport" the state), in an article whose dateline lies in that division ("FORT ELM, Kings. -"): the
 * writer, at home in the division, means the division. A name the article itself qualifies ("X, Y") keeps the
 * place it was qualified to.
 */
final class DatelineDivision {

  /** How far into the text a dateline's places end. */
  private static final int DATELINE_END = 60;

  private DatelineDivision() {
  }

  /** The division of {@code p}'s name among {@code found}, all places of its name when the dateline lies in it, else {@code p}. */
  static GeoPoint reading(String text, EntityTable table, Entity e, GeoPoint p, List<GeoPoint> found,
      Map<Entity, GeoPoint> placed) {
    if (p == null || p.featureCode().startsWith("ADM") || p.isCountry()
        || e.aliases().stream().anyMatch(a -> a.contains(","))) {
      return p;
    }
    Optional<GeoPoint> division = found.stream().filter(d -> d.featureCode().equals("ADM1")
        && d.countryCode().equals(p.countryCode()) && !p.admin1().equals(d.name())
        && PlaceNames.key(d.name()).equals(PlaceNames.key(p.name()))).findFirst();
    if (division.isEmpty()) {
      return p;
    }
    GeoPoint d = division.get();
    for (Map.Entry<Entity, GeoPoint> x : placed.entrySet()) {
      if (x.getKey() != e && x.getValue().equals(d) && inDateline(text, table, x.getKey())) {
        return d;
      }
    }
    return p;
  }

  /** Whether the entity is written in the text's first line, after capitals only ("CAMP ELM, Kings."). */
  private static boolean inDateline(String text, EntityTable table, Entity x) {
    for (Mention m : table.mentions()) {
      if (m.entityId().equals(x.entityId()) && m.start() < DATELINE_END && m.end() <= text.length()) {
        String before = text.substring(0, m.start());
        if (before.indexOf('\n') < 0 && before.chars().noneMatch(Character::isLowerCase)) {
          return true;
        }
      }
    }
    return false;
  }
}
