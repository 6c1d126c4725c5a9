package org.dateline.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.doc.Entity;
import org.dateline.doc.GeoPoint;

/** How well a candidate place fits: prominence plus agreement with the article's other places. */
final class Scores {

  /**
   * A country beats a town of its name; a capital a bigger town of its name; a division a smaller town. A
   * second-level division (a British county, a French department: no population in the gazetteer) counts as a
   * town of 100,000, so "Hampshire" is the county, not a village of 5,000 in Illinois, unless the article says so.
   */
  private static final Map<String, Double> FEATURE = Map.of("PCLI", 3.0, "PPLC", 3.0, "ADM1", 1.0, "PPLA", 0.5,
      "ADMD", 5.0);
  private static final double SAME_COUNTRY = 4.0;
  private static final double IN_NAMED_DIVISION = 2.0;
  /**
   * A town among the article's other towns: "Oceanside" beside "Bellmore" and "Fort Salonga" is the Long Island
   * one, not California's bigger namesake. Weighted by their share of the article's place mentions.
   */
  private static final double SAME_DIVISION = 2.0;
  /**
   * A place whose own name is the written one, before a place the gazetteer lists under it only as an old or
   * other name ("Birmingham" is the Alabama city, not a Georgia town once so called).
   */
  private static final double OWN_NAME = 1.5;
  /**
   * A town a few km from another town the article names: a local story's villages lie together ("Elmbridge" beside
   * "Oakford" is the village next door, not a far state or bigger namesake), the minimum-distance reasoning of
   * geoparsers.
   */
  private static final double NEIGHBOUR = 2.0;
  private static final double NEIGHBOUR_KM = 50;

  private Scores() {
  }

  /** The article's other places, as a first context-free pass resolved them, by country and named division. */
  record Context(Map<String, Integer> countries, Map<String, Integer> divisions, Map<String, Integer> towns,
                 List<GeoPoint> localTowns, String written, int mentions) {

    static final Context NONE = new Context(Map.of(), Map.of(), Map.of(), List.of(), "", 0);

    /** No other place known yet: only the name written. */
    static Context alone(Entity self) {
      return new Context(Map.of(), Map.of(), Map.of(), List.of(), PlaceNames.key(self.name()), self.mentions());
    }

    static Context of(Entity self, Map<Entity, GeoPoint> resolved) {
      Map<String, Integer> countries = new HashMap<>();
      Map<String, Integer> divisions = new HashMap<>();
      Map<String, Integer> towns = new HashMap<>();
      List<GeoPoint> localTowns = new ArrayList<>();
      resolved.forEach((e, p) -> {
        if (e != self && e.type().equals("LOCATION") && !p.countryCode().isEmpty()) {
          countries.merge(p.countryCode(), e.mentions(), Integer::sum);
          if (p.featureCode().equals("ADM1")) {
            divisions.merge(p.countryCode() + "\t" + p.admin1(), e.mentions(), Integer::sum);
          } else if (!p.admin1().isEmpty() && !p.isCountry()) {
            towns.merge(p.countryCode() + "\t" + p.admin1(), e.mentions(), Integer::sum);
          }
          if (p.featureCode().startsWith("PPL")) {
            localTowns.add(p);
          }
        }
      });
      return new Context(countries, divisions, towns, localTowns, self == null ? "" : PlaceNames.key(self.name()),
          self == null ? 0 : self.mentions());
    }

    /**
     * The share of the article's other place mentions that lie in a country: an article about British race
     * tracks that names one American town first read as such still puts "Norfolk" in England.
     */
    double share(String countryCode) {
      int all = countries.values().stream().mapToInt(Integer::intValue).sum();
      return all == 0 ? 0 : countries.getOrDefault(countryCode, 0) / (double) all;
    }

    /** The share of the article's other place mentions that are towns or counties of a division. */
    double townShare(String countryCode, String admin1) {
      int all = countries.values().stream().mapToInt(Integer::intValue).sum();
      return all == 0 ? 0 : towns.getOrDefault(countryCode + "\t" + admin1, 0) / (double) all;
    }
  }

  static GeoPoint best(Collection<GeoPoint> candidates, Context context) {
    GeoPoint best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GeoPoint p : candidates) {
      double s = score(p, context);
      if (s > bestScore) {
        best = p;
        bestScore = s;
      }
    }
    return CountryNamesake.reading(best, candidates, context);
  }

  static double score(GeoPoint p, Context context) {
    double s = Math.log10(p.population() + 1.0) + FEATURE.getOrDefault(p.featureCode(), 0.0);
    s += SAME_COUNTRY * context.share(p.countryCode());
    if (!p.featureCode().equals("ADM1")) {
      s += SAME_DIVISION * context.townShare(p.countryCode(), p.admin1());
    }
    if (p.featureCode().startsWith("PPL") && context.localTowns().stream()
        .anyMatch(q -> !q.equals(p) && Apposition.km(p, q) < NEIGHBOUR_KM)) {
      s += NEIGHBOUR;
    }
    if (!context.written().isEmpty() && PlaceNames.key(p.name()).equals(context.written())) {
      s += OWN_NAME;
    }
    if (!p.featureCode().equals("ADM1") && context.divisions().containsKey(p.countryCode() + "\t" + p.admin1())) {
      s += IN_NAMED_DIVISION;
    }
    return s;
  }

}
