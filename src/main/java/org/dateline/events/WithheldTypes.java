package org.dateline.events;

import java.util.HashSet;
import java.util.Set;
import org.dateline.doc.Coding;

/**
 * Event types that are not coded at all ({@code models/events/withheld-types.tsv}): a PLOVER type (or CAMEO root,
 * written "root 01" as in confidence.tsv) whose measured precision on a half of a development set is below 0.6.
 * Issue 19: a research dataset would rather miss an event than invent one, and a type that is wrong more often
 * than right on either half is not what a user can filter by confidence alone. A models copy without the file
 * withholds nothing.
 */
public final class WithheldTypes {

  private final Set<String> types = new HashSet<>();

  private WithheldTypes() {
  }

  /** The bundled table, or {@code modelsDir}'s copy. */
  public static WithheldTypes load(String modelsDir) {
    WithheldTypes w = new WithheldTypes();
    for (String[] r : ModelFiles.rows(modelsDir, "events/withheld-types.tsv", true)) {
      w.types.add(r[0].trim());
    }
    return w;
  }

  /** Whether rows of {@code coding} are withheld (its PLOVER type, or its root for 01/02, is listed). */
  public boolean withholds(Coding coding) {
    return types.contains(Confidence.type(coding));
  }
}
