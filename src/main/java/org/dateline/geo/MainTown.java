package org.dateline.geo;

import java.util.Map;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;

/**
 * The article's most specific main place: the town at the heart of its places, where a building or street it
 * names without a town most likely lies. Each resolved town weighs the mentions of the places around it (itself,
 * the towns and counties within {@link #NEAR_KM}, its own first-level division), so a story about three towns of
 * Virginia that also names Charleston and Vienna once is placed in Virginia; the earliest wins a tie.
 */
final class MainTown {

  private static final double NEAR_KM = 100;

  private MainTown() {
  }

  /** The heart town, or null when the article resolves no town. */
  static GeoPoint of(EntityTable table, Map<String, GeoPoint> resolved) {
    GeoPoint best = null;
    int bestWeight = 0;
    int bestStart = Integer.MAX_VALUE;
    for (Entity e : table.entities()) {
      GeoPoint p = resolved.get(e.entityId());
      if (p == null || !e.type().equals("LOCATION") || !p.featureCode().startsWith("PPL")) {
        continue;
      }
      int weight = weight(table, resolved, p);
      if (weight > bestWeight || weight == bestWeight && e.firstStart() < bestStart) {
        best = p;
        bestWeight = weight;
        bestStart = e.firstStart();
      }
    }
    return best;
  }

  private static int weight(EntityTable table, Map<String, GeoPoint> resolved, GeoPoint town) {
    int sum = 0;
    for (Entity e : table.entities()) {
      GeoPoint q = resolved.get(e.entityId());
      if (q == null || !e.type().equals("LOCATION") || q.isCountry() || q.featureCode().equals("CONT")) {
        continue;
      }
      boolean ownDivision = q.featureCode().equals("ADM1") && q.countryCode().equals(town.countryCode())
          && q.admin1().equals(town.admin1());
      if (ownDivision || Apposition.km(q, town) < NEAR_KM) {
        sum += e.mentions();
      }
    }
    return sum;
  }
}
