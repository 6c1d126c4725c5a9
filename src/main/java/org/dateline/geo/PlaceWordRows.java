package org.dateline.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;

/**
 * Adds the place words ({@link PlaceWords}) to a geocoded table without renumbering it: their mentions and new
 * entities take the ids after the existing ones, so every other table's ids stay as they were. A word joins the
 * entity already resolved to the same point ("American" and "U.S."); the others of one place share a new entity.
 */
final class PlaceWordRows {

  private PlaceWordRows() {
  }

  static EntityTable add(Doc doc, EntityTable table, List<PlaceWords.Found> found) {
    if (found.isEmpty()) {
      return table;
    }
    Map<Entity, GeoPoint> resolved = new HashMap<>();
    for (Entity e : table.entities()) {
      table.geo().of(e.entityId()).ifPresent(p -> resolved.put(e, p));
    }
    Scores.Context context = Scores.Context.of(null, resolved);
    Map<GeoPoint, String> entityOfPoint = new HashMap<>();
    for (Entity e : table.entities()) {
      if (e.type().equals("LOCATION")) {
        table.geo().of(e.entityId()).ifPresent(p -> entityOfPoint.putIfAbsent(p, e.entityId()));
      }
    }
    List<Mention> mentions = new ArrayList<>(table.mentions());
    Map<String, List<Mention>> added = new LinkedHashMap<>();
    Map<String, GeoPoint> points = new HashMap<>(table.geo().byEntity());
    Map<GeoPoint, String> newEntityOf = new LinkedHashMap<>();
    int next = table.entities().size();
    for (PlaceWords.Found f : found) {
      GeoPoint p = Scores.best(SameNameSeat.preferred(f.options()), context);
      String id = entityOfPoint.get(p);
      if (id == null) {
        id = newEntityOf.get(p);
        if (id == null) {
          id = "e" + (++next);
          newEntityOf.put(p, id);
          points.put(id, p);
        }
      }
      Section section = doc.sentences().get(f.sentence()).section();
      Mention m = new Mention("m" + (mentions.size() + 1), id, doc.text(f.start(), f.end()), "LOCATION",
          f.kind().equals(PlaceWords.ADJECTIVE) ? "NATIONALITY" : "", "", f.kind(), f.start(), f.end(), f.sentence(),
          section);
      mentions.add(m);
      added.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
    }
    List<Entity> entities = new ArrayList<>();
    for (Entity e : table.entities()) {
      List<Mention> more = added.getOrDefault(e.entityId(), List.of());
      entities.add(more.isEmpty() ? e : new Entity(e.entityId(), e.key(), e.type(), e.subtype(), e.name(),
          e.normalized(), e.mentions() + more.size(), e.firstStart(), e.aliases(), e.sections(), e.gender(),
          e.genderSource(), e.actorCode()));
    }
    newEntityOf.forEach((p, id) -> entities.add(entity(id, p, added.get(id))));
    return new EntityTable(mentions, entities, new Geocoding(points, table.geo().mainEntityId()));
  }

  private static Entity entity(String id, GeoPoint p, List<Mention> mentions) {
    Set<String> aliases = new LinkedHashSet<>();
    Set<Section> sections = EnumSet.noneOf(Section.class);
    for (Mention m : mentions) {
      aliases.add(m.text());
      sections.add(m.section());
    }
    aliases.remove(p.name());
    String subtype = p.isCountry() ? "COUNTRY" : "";
    return new Entity(id, "LOCATION:" + p.name().toLowerCase(Locale.ROOT), "LOCATION", subtype, p.name(), "",
        mentions.size(), mentions.get(0).start(), new ArrayList<>(aliases), sections);
  }
}
