package org.dateline.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.doc.Coding;

/**
 * An event row's {@code confidence}: the precision its kind of rule measured on the development sets, read from
 * {@code models/events/confidence.tsv} (derived by the {@code EventConfidence} tool; its header says how). A row
 * takes the figure of its PLOVER type (or CAMEO root, for 01/02) and rule kind, else of its type, else of all rows;
 * with no table it is empty, never a guess.
 */
public final class Confidence {

  /** What the events table writes when no figure applies. */
  public static final double UNKNOWN = Double.NaN;

  private final Map<String, Double> precision = new HashMap<>();

  private Confidence() {
  }

  /** The bundled table, or {@code modelsDir}'s copy; a models copy without the file gives no figures. */
  public static Confidence load(String modelsDir) {
    Confidence c = new Confidence();
    for (String[] r : ModelFiles.rows(modelsDir, "events/confidence.tsv", true)) {
      c.precision.put(r[0].trim() + "\t" + r[1].trim(), Double.parseDouble(r[2].trim()));
    }
    return c;
  }

  /** The measured precision of rows of {@code coding} made by {@code rule}; {@link #UNKNOWN} when none is known. */
  public double of(Coding coding, String rule) {
    String type = type(coding);
    for (String key : new String[] {type + "\t" + kind(rule), type + "\t*", "*\t*"}) {
      Double p = precision.get(key);
      if (p != null) {
        return p;
      }
    }
    return UNKNOWN;
  }

  /** The type a confidence is measured for: the PLOVER type, or "root 01"/"root 02", which have none. */
  public static String type(Coding coding) {
    return coding.plover().isEmpty() ? "root " + coding.root() : coding.plover();
  }

  /**
   * The kind of rule that coded a row, from its {@code rule} cell: "noun" (an eventive noun with a light verb),
   * "pattern" (a verb+object pattern) or "verb" (a verb's default code).
   */
  public static String kind(String rule) {
    String r = rule.toLowerCase(Locale.ROOT);
    if (r.startsWith("nouns:")) {
      return "noun";
    }
    return r.startsWith("petrarch2-verbs:") || r.startsWith("dateline-verbs:") ? "verb" : "pattern";
  }
}
