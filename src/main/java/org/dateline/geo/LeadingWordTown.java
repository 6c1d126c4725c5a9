package org.dateline.geo;

import java.util.Map;
import org.dateline.doc.Entity;
import org.dateline.doc.GeoPoint;

/**
 * A place the gazetteer lacks, read as the town of its leading words ("Coral Harbor" as a town called Coral,
 * "Pinefield Gas Mart" as a Pinefield), is that town only if the town fits the article: a small town of the
 * leading name is one of many namesakes, and when the article's other places lie in other divisions of the same
 * country the name's place lies among them, not in a far division that happens to hold such a town. It then
 * borrows a point near the article's places ({@link NearbyPlace}). A well-known city keeps its name's weight.
 */
final class LeadingWordTown {

  /** Population from which a town is known well enough to be meant wherever the article lies. */
  private static final long WELL_KNOWN = 100_000;

  private LeadingWordTown() {
  }

  /**
   * The place {@code e} gets from its reading {@code p}: a town of the article's own that carries the same name
   * ("Pinefield" placed in the article's state), else {@code p} itself, or null when {@code p} is {@link #outOfPlace}.
   */
  static GeoPoint reading(Entity e, GeoPoint p, Scores.Context context, Map<Entity, GeoPoint> placed,
      Candidates candidates) {
    if (!outOfPlace(e, p, context, candidates)) {
      return p;
    }
    String name = PlaceNames.key(p.name());
    return placed.entrySet().stream().filter(x -> x.getKey() != e && x.getKey().type().equals("LOCATION")
        && PlaceNames.key(x.getValue().name()).equals(name) && x.getValue().featureCode().startsWith("PPL"))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /**
   * Whether {@code p}, read from the leading words of {@code e}'s name, lies outside the article's divisions:
   * a small town whose first-level division no other place of the article shares, while other places of its
   * country do name their divisions.
   */
  static boolean outOfPlace(Entity e, GeoPoint p, Scores.Context context, Candidates candidates) {
    if (!e.type().equals("LOCATION") || !p.featureCode().startsWith("PPL") || p.population() >= WELL_KNOWN
        || p.featureCode().equals("PPLC") || !wholeNameUnknown(e, candidates)) {
      return false;
    }
    return !inArticleDivision(p, context);
  }

  /**
   * Whether {@code p} lies in a first-level division of the article's other places, or the article names no
   * division of {@code p}'s country at all (nothing says it lies elsewhere).
   */
  static boolean inArticleDivision(GeoPoint p, Scores.Context context) {
    String own = p.countryCode() + "\t" + p.admin1();
    if (context.divisions().containsKey(own) || context.towns().containsKey(own)) {
      return true;
    }
    String country = p.countryCode() + "\t";
    return context.divisions().keySet().stream().noneMatch(k -> k.startsWith(country))
        && context.towns().keySet().stream().noneMatch(k -> k.startsWith(country));
  }

  /** Neither the name nor any alias of it is a gazetteer name: its candidates came from its leading words. */
  private static boolean wholeNameUnknown(Entity e, Candidates candidates) {
    if (!candidates.of(e.name()).isEmpty()) {
      return false;
    }
    return e.aliases().stream().allMatch(a -> candidates.of(a).isEmpty());
  }
}
