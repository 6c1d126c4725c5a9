package org.dateline.geo;

import java.util.Collection;
import org.dateline.doc.GeoPoint;

/**
 * A town named like a country ("Lebanon", "Peru") in a local story: when every other place of the article lies in
 * one country and the article names a division of it holding a town of that name, while no other place lies in the
 * country so named, the writer means the town of the division, not the far country. One place abroad among the
 * article's places, or the name said twice (the story's subject, not a local address), keeps the country.
 */
final class CountryNamesake {

  private CountryNamesake() {
  }

  /** The town of a named division to read instead of {@code best}, or {@code best} itself. */
  static GeoPoint reading(GeoPoint best, Collection<GeoPoint> candidates, Scores.Context context) {
    if (best == null || !best.isCountry() || context.mentions() != 1 || context.share(best.countryCode()) > 0) {
      return best;
    }
    for (GeoPoint p : candidates) {
      if (p.featureCode().startsWith("PPL") && context.share(p.countryCode()) == 1.0
          && context.divisions().containsKey(p.countryCode() + "\t" + p.admin1())) {
        return p;
      }
    }
    return best;
  }
}
