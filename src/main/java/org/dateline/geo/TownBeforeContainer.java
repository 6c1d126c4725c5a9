package org.dateline.geo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * A town the tagger missed before its container ("Severn, Md.", "Walton County (Ga.)", "a driver, of Elmby, north
 * London"): the places of that name inside the division or country named right after it, after a comma or in
 * brackets (a style some papers use for a place outside their own state), or near the town named after a comma
 * and compass words (a district of that town).
 */
final class TownBeforeContainer {

  /** The joint and compass words between a district and its town ("north west", "south-east"). */
  private static final Pattern COMPASS = Pattern.compile(
      "^,\\s+(?:(?:north|south|east|west|central)(?:[\\s-]+(?:north|south|east|west))?\\s+)");

  private TownBeforeContainer() {
  }

  static List<GeoPoint> options(Doc doc, EntityTable table, Candidates candidates, String written, Token last) {
    String text = doc.article().text();
    String joint = doc.text(last.end(), Math.min(text.length(), last.end() + 2));
    if (joint.equals(", ") || joint.equals(" (")) {
      List<GeoPoint> inDivision = inside(table, candidates, written, last.end() + 2, false);
      if (!inDivision.isEmpty()) {
        return inDivision;
      }
    }
    Matcher compass = COMPASS.matcher(text.substring(last.end(), Math.min(text.length(), last.end() + 30)));
    return compass.find() ? inside(table, candidates, written, last.end() + compass.end(), true) : List.of();
  }

  /** The places called {@code written} inside the place named at {@code at}: a division or country, or a town. */
  private static List<GeoPoint> inside(EntityTable table, Candidates candidates, String written, int at,
      boolean town) {
    for (Mention next : table.mentions()) {
      GeoPoint p = next.start() == at && next.type().equals("LOCATION") && next.kind().equals(Mention.NAME)
          ? table.geo().of(next.entityId()).orElse(null) : null;
      boolean container = p != null && (town ? p.featureCode().startsWith("PPL")
          : p.isCountry() || p.featureCode().equals("ADM1"));
      if (container) {
        return candidates.of(written).stream().filter(q -> Apposition.inside(q, p)).toList();
      }
    }
    return List.of();
  }
}
