package org.dateline.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.doc.GeoPoint;

/** The cells of {@link Table#GEO_COLUMNS} for a place: empty cells when it was not resolved. */
final class GeoCells {

  private GeoCells() {
  }

  static List<String> of(Optional<GeoPoint> point) {
    if (point.isEmpty()) {
      return List.of("", "", "", "", "", "");
    }
    GeoPoint p = point.get();
    return List.of(p.countryCode(), p.admin1(), degrees(p.latitude()), degrees(p.longitude()), p.geonamesId(),
        p.featureCode());
  }

  /** Five decimals, as GeoNames gives them (about a metre). */
  private static String degrees(double d) {
    return String.format(Locale.ROOT, "%.5f", d);
  }
}
