package org.dateline.geo;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * A name listed with first-level divisions ("states such as Arcadia or Hamilton", "Arcadia, Nordland and
 * Hamilton") is a division too, when it can be one: the capital or country of the same name yields to the division
 * of the listed ones' country. A mention followed by its own container ("Hamilton, C.D.") is no list member.
 */
final class DivisionList {

  /** What joins two members of a list: ", ", " or ", " and ", ", and ", ", or ". */
  private static final Pattern JOIN = Pattern.compile(",\\s*|,?\\s+(?:and|or)\\s+");
  private static final Pattern CONTAINER = Pattern.compile(",\\s*(?:(?:[A-Z]\\.){2,3}|[A-Z]{2}\\b)");
  /** The weight of being listed with divisions, as much as lying in a division the article names. */
  private static final double LISTED = 2.0;

  private DivisionList() {
  }

  /** The best of {@code found} for {@code e}, its divisions weighed up when a mention lists it with divisions. */
  static GeoPoint best(String text, EntityTable table, Entity e, Collection<GeoPoint> found, Scores.Context context,
      Map<Entity, GeoPoint> resolved) {
    GeoPoint best = Scores.best(found, context);
    Map<String, GeoPoint> placed = new java.util.HashMap<>();
    resolved.forEach((x, p) -> placed.put(x.entityId(), p));
    if (best == null || best.featureCode().equals("ADM1")
        || found.stream().noneMatch(q -> q.featureCode().equals("ADM1"))) {
      return best;
    }
    double bar = Scores.score(best, context);
    GeoPoint division = null;
    for (GeoPoint q : found) {
      double s = Scores.score(q, context) + LISTED;
      if (q.featureCode().equals("ADM1") && s > bar && listedWithDivisionsOf(text, table, e, q.countryCode(), placed)) {
        division = q;
        bar = s;
      }
    }
    return division == null ? best : division;
  }

  private static boolean listedWithDivisionsOf(String text, EntityTable table, Entity e, String countryCode,
      Map<String, GeoPoint> placed) {
    for (Mention m : table.mentions()) {
      if (!m.entityId().equals(e.entityId()) || !m.kind().equals(Mention.NAME) || m.end() > text.length()
          || withContainer(text, m.end())) {
        continue;
      }
      for (Mention n : table.mentions()) {
        if (n.entityId().equals(e.entityId()) || !n.kind().equals(Mention.NAME) || n.end() > text.length()) {
          continue;
        }
        GeoPoint p = placed.get(n.entityId());
        boolean division = p != null && p.featureCode().equals("ADM1") && p.countryCode().equals(countryCode);
        if (division && (joined(text, n.end(), m.start()) || joined(text, m.end(), n.start()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** An abbreviated container after a comma ("Hamilton, C.D.", "Hamilton, TX"): the name's own place, no list. */
  private static boolean withContainer(String text, int end) {
    return CONTAINER.matcher(text.substring(end, Math.min(text.length(), end + 8))).lookingAt();
  }

  private static boolean joined(String text, int from, int to) {
    return from <= to && to - from <= 6 && JOIN.matcher(text.substring(from, to)).matches();
  }
}
