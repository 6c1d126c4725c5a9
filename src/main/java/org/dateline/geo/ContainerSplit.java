package org.dateline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;
import org.dateline.doc.Mention;

/**
 * One name, two places in one article: a state called like a city in most of its mentions and "X, D.C." once.
 * The entity stage joins the mentions of one name and the geocoder gives an entity one point, so the mention its
 * own text puts in another division or country (", Y", Y not holding the entity's point) became the entity's
 * place. When the gazetteer has a place of that name inside Y, that mention is an entity of its own in the tables,
 * at that place; the other mentions keep theirs. Only in the tables: the quote and event stages never see it.
 */
final class ContainerSplit {

  private ContainerSplit() {
  }

  static EntityTable apply(String text, EntityTable table, Candidates candidates) {
    List<Mention> mentions = new ArrayList<>(table.mentions());
    List<Entity> entities = new ArrayList<>(table.entities());
    Map<String, GeoPoint> points = new HashMap<>(table.geo().byEntity());
    int next = entities.stream().mapToInt(e -> number(e.entityId())).max().orElse(0);
    Map<String, String> split = new HashMap<>(); // the same name put in the same container: one new entity
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Entity e = table.entity(m.entityId()).orElse(null);
      GeoPoint own = e == null ? null : points.get(e.entityId());
      GeoPoint container = own == null || e.mentions() < 2 || !e.type().equals("LOCATION") || own.isBorrowed()
          || !m.kind().equals(Mention.NAME) ? null : containerAfter(text, table, m);
      if (container == null || Apposition.inside(own, container)) {
        continue;
      }
      GeoPoint there = candidates.of(m.text()).stream().filter(p -> Apposition.inside(p, container))
          .max(Comparator.comparingLong(GeoPoint::population)).orElse(null);
      if (there == null) {
        continue;
      }
      String key = m.text().toLowerCase(Locale.ROOT) + "\t" + there.name() + "\t" + there.admin1();
      String id = split.get(key);
      if (id == null) {
        id = "e" + (++next);
        split.put(key, id);
        entities.add(new Entity(id, "LOCATION:" + m.text().toLowerCase(Locale.ROOT), "LOCATION", m.subtype(),
            m.text(), m.normalized(), 0, m.start(), List.of(), Set.of(m.section())));
        points.put(id, there);
      }
      mentions.set(i, new Mention(m.mentionId(), id, m.text(), m.type(), m.subtype(), m.normalized(), m.kind(),
          m.start(), m.end(), m.sentence(), m.section()));
      recount(entities, e.entityId(), -1);
      recount(entities, id, +1);
    }
    return new EntityTable(mentions, entities, new Geocoding(points, table.geo().mainEntityId()));
  }

  /** The division or country named right after the mention and a comma ("X, D.C."), or null. */
  private static GeoPoint containerAfter(String text, EntityTable table, Mention m) {
    if (!text.startsWith(", ", m.end())) {
      return null;
    }
    for (Mention n : table.mentions()) {
      GeoPoint p = n.start() == m.end() + 2 && n.type().equals("LOCATION") && !n.entityId().equals(m.entityId())
          ? table.geo().of(n.entityId()).orElse(null) : null;
      if (p != null && (p.isCountry() || p.featureCode().equals("ADM1"))) {
        return p;
      }
    }
    return null;
  }

  /** The entity {@code id} with {@code by} more mentions. */
  private static void recount(List<Entity> entities, String id, int by) {
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (e.entityId().equals(id)) {
        entities.set(i, new Entity(e.entityId(), e.key(), e.type(), e.subtype(), e.name(), e.normalized(),
            e.mentions() + by, e.firstStart(), e.aliases(), e.sections(), e.gender(), e.genderSource(),
            e.actorCode()));
      }
    }
  }

  private static int number(String entityId) {
    return entityId.matches("e\\d+") ? Integer.parseInt(entityId.substring(1)) : 0;
  }
}
