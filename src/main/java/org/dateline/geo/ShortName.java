package org.dateline.geo;

import java.util.Map;
import org.dateline.doc.Entity;
import org.dateline.doc.GeoPoint;

/**
 * A name that is the short form of a division the article names in full ("Hollis" beside "Hollis County"): when
 * the short name reads as a small town in a division none of the article's places share, it is the article's
 * county of that name (US news drops "County": "the Hollis police", "Hollis Times").
 */
final class ShortName {

  private static final long WELL_KNOWN = 100_000;

  private ShortName() {
  }

  /** The article's division whose full name is {@code p}'s name and a division word, else {@code p}. */
  static GeoPoint reading(Entity e, GeoPoint p, Map<Entity, GeoPoint> placed) {
    if (p == null || !p.featureCode().startsWith("PPL") || p.featureCode().equals("PPLC")
        || p.population() >= WELL_KNOWN) {
      return p;
    }
    // The other names read as the same town ("Hollis Times", "Hollis City") do not vouch for it.
    Map<Entity, GeoPoint> others = new java.util.HashMap<>(placed);
    others.values().removeIf(p::equals);
    if (LeadingWordTown.inArticleDivision(p, Scores.Context.of(e, others))) {
      return p;
    }
    String prefix = PlaceNames.key(p.name()) + " ";
    return placed.entrySet().stream().filter(x -> x.getKey() != e && x.getKey().type().equals("LOCATION")
        && PlaceNames.key(x.getKey().name()).startsWith(prefix) && DivisionWord.is(last(x.getKey().name()))
        && (x.getValue().featureCode().equals("ADM2") || x.getValue().featureCode().equals("ADMD")))
        .map(Map.Entry::getValue).findFirst().orElse(p);
  }

  private static String last(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
