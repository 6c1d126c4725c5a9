package org.dateline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * A place named with its container after a comma, when the tagger made two names of it ("Brands Hatch, Kent",
 * "Rockingham, Northamptonshire"): the place's candidates are narrowed to those inside the container, and a
 * place the gazetteer does not know (a race track, a village) lies at its container, a county or a town. The
 * one-name case ("Springfield, Illinois") is {@link Candidates}' own.
 */
final class Apposition {

  /** A place this close to a county's or town's point lies in it (counties have no shapes in the gazetteer). */
  private static final double NEAR_KM = 100;

  private Apposition() {
  }

  /** Each entity's candidates, narrowed or given by the containers named right after its mentions. */
  static Map<Entity, List<GeoPoint>> apply(String text, EntityTable table, Map<Entity, List<GeoPoint>> options) {
    Map<String, Entity> byId = new HashMap<>();
    table.entities().forEach(e -> byId.put(e.entityId(), e));
    Map<Entity, List<GeoPoint>> out = new LinkedHashMap<>(options);
    for (Entity e : table.entities()) {
      List<GeoPoint> containers = containersOf(text, table, e, byId, options, written -> true);
      if (containers.isEmpty()) {
        continue;
      }
      List<GeoPoint> own = options.getOrDefault(e, List.of());
      List<GeoPoint> inside = own.stream().filter(p -> containers.stream().anyMatch(c -> inside(p, c))).toList();
      if (!inside.isEmpty()) {
        out.put(e, inside);
      } else if (own.isEmpty() && unknownPlace(e)) {
        out.put(e, containers.stream().filter(c -> !c.isCountry()).toList());
      } else if (!own.isEmpty() && own.stream().allMatch(p -> p.featureCode().startsWith("PPL"))) {
        // A town the gazetteer knows only namesakes of, outside the division a dateline's abbreviation names
        // ("CAMP MURRAY, Wash." when no Murray of Washington is known): it lies in that division. Only an
        // abbreviation, which names no town of its own; "Venezuela, Tass" or "Utah, Colorado" are lists.
        List<GeoPoint> divisions = containersOf(text, table, e, byId, options, Apposition::abbreviation).stream()
            .filter(c -> c.featureCode().equals("ADM1")).toList();
        if (divisions.isEmpty()) {
          divisions = ForeignNamesake.divisionsAbroad(own, containers);
        }
        if (!divisions.isEmpty()) {
          out.put(e, divisions);
        }
      }
    }
    out.values().removeIf(List::isEmpty);
    return out;
  }

  /** The candidates of the names that follow a mention of {@code e} after a comma. */
  private static List<GeoPoint> containersOf(String text, EntityTable table, Entity e, Map<String, Entity> byId,
      Map<Entity, List<GeoPoint>> options, java.util.function.Predicate<String> written) {
    Set<GeoPoint> out = new LinkedHashSet<>();
    for (Mention m : table.mentions()) {
      if (!m.entityId().equals(e.entityId()) || !m.kind().equals(Mention.NAME)) {
        continue;
      }
      for (Mention next : table.mentions()) {
        boolean after = next.start() == m.end() + 2 && text.startsWith(", ", m.end());
        Entity container = byId.get(next.entityId());
        if (after && container != null && container != e && next.kind().equals(Mention.NAME)
            && written.test(next.text())) {
          out.addAll(options.getOrDefault(container, List.of()));
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** A division's abbreviation as datelines write it: "Wash.", "Ga.", "WA". */
  private static boolean abbreviation(String written) {
    String w = written.strip();
    return w.endsWith(".") && w.length() <= 6 || w.length() <= 3 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  /** A place name the gazetteer lacks, or a one-word "person" of whom nothing personal is known ("Thruxton"). */
  private static boolean unknownPlace(Entity e) {
    return e.type().equals("LOCATION")
        || e.type().equals("PERSON") && e.gender().isEmpty() && !e.name().strip().contains(" ");
  }

  static boolean inside(GeoPoint p, GeoPoint container) {
    if (!p.countryCode().equals(container.countryCode()) || p.equals(container)) {
      return false;
    }
    return container.isCountry() || container.featureCode().equals("ADM1") && p.admin1().equals(container.admin1())
        || km(p, container) < NEAR_KM;
  }

  static double km(GeoPoint a, GeoPoint b) {
    double p1 = Math.toRadians(a.latitude());
    double p2 = Math.toRadians(b.latitude());
    double dp = p2 - p1;
    double dl = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
