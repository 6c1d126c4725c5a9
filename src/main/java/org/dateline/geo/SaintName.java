package org.dateline.geo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * A place whose name starts with a saint's title the tagger left outside the mention ("Saint | Loup County"):
 * the name with the title, spelt either way the gazetteer may carry it ("Saint", "St."), is the place; the
 * shorter name would find a namesake without the saint.
 */
final class SaintName {

  /** "Saint ", "St. ", "St ", "Sainte ", "Ste. " right before a mention. */
  private static final Pattern TITLE_BEFORE = Pattern.compile("(?:^|\\s)(?:Saint|St\\.?|Sainte|Ste\\.?)\\s+$");

  private SaintName() {
  }

  /** The candidates of the location's name with the saint's title written before one of its mentions, if any. */
  static List<GeoPoint> candidates(String text, EntityTable table, Entity e, Candidates candidates) {
    if (!e.type().equals("LOCATION")) {
      return List.of();
    }
    for (Mention m : table.mentions()) {
      if (!m.entityId().equals(e.entityId()) || !m.kind().equals(Mention.NAME) || m.start() > text.length()) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 8), m.start());
      java.util.regex.Matcher title = TITLE_BEFORE.matcher(before);
      if (!title.find()) {
        continue;
      }
      boolean female = title.group().strip().startsWith("Ste");
      Set<GeoPoint> found = new LinkedHashSet<>();
      for (String t : female ? List.of("Sainte ", "Ste. ") : List.of("Saint ", "St. ")) {
        found.addAll(candidates.of(t + e.name()));
      }
      if (!found.isEmpty()) {
        return List.copyOf(found);
      }
    }
    return List.of();
  }
}
