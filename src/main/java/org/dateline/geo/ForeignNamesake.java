package org.dateline.geo;

import java.util.List;
import org.dateline.doc.GeoPoint;

/**
 * A small town written with its division after a comma ("Milltown, Someshire"), when the gazetteer knows only
 * namesakes of it in other countries than the division's: the writer's town is a local one the gazetteer lacks,
 * and it lies in the division named. A well-known city is not: "Dallas, Ontario and Quebec" is a list.
 */
final class ForeignNamesake {

  /** Population from which a town is known well enough to be listed beside divisions rather than placed in one. */
  private static final long WELL_KNOWN = 100_000;

  private ForeignNamesake() {
  }

  /** The divisions among {@code containers} in no country of {@code own}'s, if those are all small towns. */
  static List<GeoPoint> divisionsAbroad(List<GeoPoint> own, List<GeoPoint> containers) {
    if (own.stream().anyMatch(p -> !p.featureCode().startsWith("PPL") || p.featureCode().equals("PPLC")
        || p.population() >= WELL_KNOWN)) {
      return List.of();
    }
    return containers.stream().filter(c -> c.featureCode().startsWith("ADM"))
        .filter(c -> own.stream().noneMatch(p -> p.countryCode().equals(c.countryCode()))).toList();
  }
}
