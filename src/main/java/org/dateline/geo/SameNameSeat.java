package org.dateline.geo;

import java.util.List;
import org.dateline.doc.GeoPoint;

/**
 * A division and its own city of the same name ("Istanbul", "New York", "Kyiv"): news means the city, so the
 * division is dropped from the candidates when such a city is among them.
 */
final class SameNameSeat {

  private SameNameSeat() {
  }

  static List<GeoPoint> preferred(List<GeoPoint> candidates) {
    return candidates.stream().filter(c -> !(c.featureCode().startsWith("ADM") && candidates.stream()
        .anyMatch(p -> p.featureCode().startsWith("PPL") && p.countryCode().equals(c.countryCode())
            && p.admin1().equals(c.admin1()) && p.population() * 5 >= c.population()))).toList();
  }

  /**
   * A name that says it is a city ("Quebec City", "Kuwait City") is a populated place, never the division or
   * country of its leading words, when the candidates hold one.
   */
  static List<GeoPoint> citySaid(String written, List<GeoPoint> candidates) {
    if (!PlaceNames.key(written).endsWith(" city")) {
      return candidates;
    }
    List<GeoPoint> towns = candidates.stream().filter(p -> p.featureCode().startsWith("PPL")).toList();
    return towns.isEmpty() ? candidates : towns;
  }
}
