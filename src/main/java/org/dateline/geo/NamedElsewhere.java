package org.dateline.geo;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * A place the gazetteer lacks whose own sentence names a country or first-level division that does not hold the
 * article's heart town ("the Ridge Heights, held by Ruritania since 1970" in a story datelined in a Borduvian
 * town): it lies over there, so it borrows no heart town's point ({@link NearbyPlace}); an empty point tells the
 * user more than a wrong one. The heart town's own country or division in the sentence is no such sign.
 */
final class NamedElsewhere {

  private NamedElsewhere() {
  }

  /** Whether a sentence with a name of {@code e} names a country or division outside {@code town}'s. */
  static boolean from(EntityTable table, Entity e, Map<String, GeoPoint> resolved, GeoPoint town) {
    Set<Integer> sentences = new HashSet<>();
    for (Mention m : table.mentions()) {
      if (m.entityId().equals(e.entityId()) && m.kind().equals(Mention.NAME)) {
        sentences.add(m.sentence());
      }
    }
    for (Mention m : table.mentions()) {
      GeoPoint p = m.entityId().equals(e.entityId()) || !sentences.contains(m.sentence()) ? null
          : resolved.get(m.entityId());
      if (p != null && m.type().equals("LOCATION") && outside(p, town)) {
        return true;
      }
    }
    return false;
  }

  /** A country other than the town's, or a first-level division the town does not lie in. */
  private static boolean outside(GeoPoint p, GeoPoint town) {
    boolean sameCountry = p.countryCode().equals(town.countryCode());
    boolean otherCountry = p.isCountry() && !sameCountry;
    boolean otherDivision = p.featureCode().equals("ADM1") && !(sameCountry && p.admin1().equals(town.admin1()));
    return otherCountry || otherDivision;
  }
}
