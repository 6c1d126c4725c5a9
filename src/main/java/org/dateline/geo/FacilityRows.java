package org.dateline.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;

/**
 * Adds the facilities the tagger missed or cut short ({@link FacilityNames}) to a geocoded table, as
 * {@code LOCATION} mentions of kind {@code facility}, each name a new entity after the others with the point of
 * its town ({@link FacilityLocale}) marked {@link GeoPoint#NEAR}. Like the place words, they are no names the
 * tagger found: NER scores and the quote and event stages never see them, and no existing id changes.
 */
final class FacilityRows {

  static final String FACILITY = "facility";

  private FacilityRows() {
  }

  static EntityTable add(Doc doc, EntityTable table) {
    List<FacilityNames.Span> found = new ArrayList<>(FacilityNames.find(doc, table));
    List<FacilityNames.Span> more = new ArrayList<>(SiteAtTown.find(doc, table));
    more.addAll(DefinedPlace.find(doc, table));
    List<FacilityNames.Span> sites = new ArrayList<>();
    for (FacilityNames.Span s : more) {
      if (found.stream().noneMatch(f -> f.overlaps(s.first(), s.last()))) {
        sites.add(s);
      }
    }
    found.addAll(sites);
    found.addAll(SiteRepeats.of(doc, table, sites, found));
    if (found.isEmpty()) {
      return table;
    }
    FacilityLocale locale = new FacilityLocale(doc, table);
    List<Mention> mentions = new ArrayList<>(table.mentions());
    Map<String, GeoPoint> points = new HashMap<>(table.geo().byEntity());
    Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
    Map<String, String> idOfName = new HashMap<>();
    int next = table.entities().size();
    for (FacilityNames.Span s : found) {
      int start = s.first().start();
      int end = s.last().end();
      GeoPoint at = s.town().orElseGet(() -> locale.of(start, end, s.first().sentence()));
      if (at == null) {
        continue;
      }
      String text = doc.text(start, end);
      String key = text.toLowerCase(Locale.ROOT);
      if (!idOfName.containsKey(key)) {
        idOfName.put(key, "e" + (++next));
        points.put(idOfName.get(key), at.lent());
      }
      String id = idOfName.get(key);
      Mention m = new Mention("m" + (mentions.size() + 1), id, text, "LOCATION", "", "", FACILITY, start, end,
          s.first().sentence(), doc.sentences().get(s.first().sentence()).section());
      mentions.add(m);
      byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
    }
    List<Entity> entities = new ArrayList<>(table.entities());
    byEntity.forEach((id, ms) -> entities.add(entity(id, ms)));
    return new EntityTable(mentions, entities, new Geocoding(points, table.geo().mainEntityId()));
  }

  private static Entity entity(String id, List<Mention> mentions) {
    EnumSet<Section> sections = EnumSet.noneOf(Section.class);
    mentions.forEach(m -> sections.add(m.section()));
    String name = mentions.get(0).text();
    return new Entity(id, "LOCATION:" + name.toLowerCase(Locale.ROOT), "LOCATION", "", name, "", mentions.size(),
        mentions.get(0).start(), new ArrayList<>(), sections);
  }
}
