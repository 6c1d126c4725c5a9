package org.dateline.geo;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;

/**
 * Names written as places: right after a locative preposition ("in Cork city", "into Nelson", "clashes in
 * Afrin"), or after "of" between commas, as British news gives a person's home ("Miss Smith, of Hayes, was"),
 * whatever type the tagger gave them. A person or organization so written is placed like a place name; "in Modi's
 * cabinet" (a possessive) is no such evidence, nor "of" or "from" alone, which persons follow too.
 */
final class Locative {

  /** The preposition and the space before a name; a name opening the article has no preposition. */
  private static final Pattern BEFORE = Pattern.compile("(?:(?:^|\\W)(?:[Ii]n|[Ii]nto|[Nn]ear|[Oo]utside|"
      + "[Tt]hroughout)|\\w,\\s+of)\\s+$");

  /** How much text before a name is searched for the preposition. */
  private static final int WINDOW = 12;

  private Locative() {
  }

  /** The ids of the entities one of whose names follows a locative preposition and is no possessive. */
  static Set<String> entityIds(String text, EntityTable table) {
    Set<String> out = new HashSet<>();
    for (Mention m : table.mentions()) {
      if (m.kind().equals(Mention.NAME) && m.start() >= 0 && m.end() <= text.length() && written(text, m)) {
        out.add(m.entityId());
      }
    }
    return out;
  }

  private static boolean written(String text, Mention m) {
    String before = text.substring(Math.max(0, m.start() - WINDOW), m.start());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
    boolean possessive = after.startsWith("'") || after.startsWith("\u2019");
    return !possessive && BEFORE.matcher(before).find();
  }
}
