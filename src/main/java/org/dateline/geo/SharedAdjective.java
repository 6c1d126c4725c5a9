package org.dateline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.doc.GeoPoint;

/**
 * A country adjective that more than one country shares (a divided country's, whose people are called alike on
 * both sides): the demonym list gives the adjective to one country and its plural to another. A landform or
 * region named by such an adjective spans them all, so it lies at their centre, not at one country's point
 * hundreds of kilometres off. Driven by the demonym list alone: a form and its plural ("-s", "-es") naming
 * different countries of the gazetteer.
 */
final class SharedAdjective {

  /** GeoNames' feature code of a region. */
  static final String REGION = "RGN";

  private SharedAdjective() {
  }

  /** The countries the adjective and its plural name, one point each, by country code; one or none if unshared. */
  static List<GeoPoint> countries(String adjective, Map<String, String> placeOfDemonym, Candidates candidates) {
    String form = adjective.toLowerCase(Locale.ROOT);
    Map<String, GeoPoint> byCode = new LinkedHashMap<>();
    for (String f : List.of(form, form + "s", form + "es")) {
      String place = placeOfDemonym.get(f);
      if (place == null) {
        continue;
      }
      for (GeoPoint p : candidates.of(place.replace(".", ""))) {
        if (p.isCountry() && !p.countryCode().isEmpty()) {
          byCode.putIfAbsent(p.countryCode(), p);
        }
      }
    }
    return new ArrayList<>(byCode.values());
  }

  /** One region's point at the mean of the countries' points, named after them, with no country of its own. */
  static GeoPoint centre(List<GeoPoint> countries) {
    List<GeoPoint> sorted = countries.stream().sorted(Comparator.comparing(GeoPoint::name)).toList();
    double lat = sorted.stream().mapToDouble(GeoPoint::latitude).average().orElse(0);
    double lon = sorted.stream().mapToDouble(GeoPoint::longitude).average().orElse(0);
    String name = sorted.stream().map(GeoPoint::name).collect(Collectors.joining(" and "));
    return new GeoPoint(name, "", "", lat, lon, "", REGION, 0);
  }
}
