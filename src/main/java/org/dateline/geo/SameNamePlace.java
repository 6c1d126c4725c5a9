package org.dateline.geo;

import java.util.HashMap;
import java.util.Map;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;

/**
 * One name, one place within an article: the tagger may type a name a place in one sentence and a person or
 * organization in the next ("the rebel bastion of Douma" / "Douma's fall"). A person or organization of whom
 * nothing personal is known (no pronoun, title or first name gave a gender) whose name is that of a placed
 * location of the same article is that place.
 */
final class SameNamePlace {

  private SameNamePlace() {
  }

  /** The points of the unplaced entities that carry a placed location's name, by entity id. */
  static Map<String, GeoPoint> of(EntityTable table, Map<String, GeoPoint> resolved) {
    Map<String, GeoPoint> placeOfName = new HashMap<>();
    for (Entity e : table.entities()) {
      GeoPoint p = resolved.get(e.entityId());
      if (p != null && e.type().equals("LOCATION")) {
        placeOfName.putIfAbsent(PlaceNames.key(e.name()), p);
      }
    }
    Map<String, GeoPoint> out = new HashMap<>();
    for (Entity e : table.entities()) {
      boolean impersonal = e.type().equals("ORGANIZATION") || e.type().equals("PERSON") && e.gender().isEmpty();
      GeoPoint p = placeOfName.get(PlaceNames.key(e.name()));
      if (impersonal && p != null && !resolved.containsKey(e.entityId())) {
        out.put(e.entityId(), p);
      }
    }
    return out;
  }
}
