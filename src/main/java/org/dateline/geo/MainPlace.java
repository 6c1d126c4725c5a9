package org.dateline.geo;

import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * An article's main place, GDELT-style: its dateline ("KYIV, Ukraine (AP) —": a place opening a line, in capitals
 * or followed by an agency or dash), else the resolved place entity it mentions most (the first, on a tie).
 */
final class MainPlace {

  /** What may follow a dateline's place before its dash or agency: more capitals, commas, a date. */
  private static final Pattern AFTER = Pattern.compile("^[\\s,.A-Za-z0-9]{0,30}?\\s*[(—–-]");

  private MainPlace() {
  }

  static String of(String text, EntityTable table, Map<String, GeoPoint> resolved) {
    for (Mention m : table.mentions()) {
      if (resolved.containsKey(m.entityId()) && m.type().equals("LOCATION") && datelineAt(text, m)) {
        return m.entityId();
      }
    }
    Entity most = null;
    for (Entity e : table.entities()) {
      if (resolved.containsKey(e.entityId()) && e.type().equals("LOCATION")
          && (most == null || e.mentions() > most.mentions())) {
        most = e;
      }
    }
    return most == null ? "" : most.entityId();
  }

  private static boolean datelineAt(String text, Mention m) {
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    if (!text.substring(lineStart, m.start()).isBlank()) {
      return false;
    }
    String written = text.substring(m.start(), m.end());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
    boolean capitals = written.equals(written.toUpperCase(java.util.Locale.ROOT)) && written.length() > 2;
    return AFTER.matcher(after).find() && (capitals || after.startsWith(" (") || after.startsWith(", "));
  }
}
