package org.dateline.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.input.UsageException;
import org.dateline.run.Extraction;

/** Parses {@code --tables entities,quotes}: which extractions a run does (and so which annotators it loads). */
final class Tables {

  static final String HELP = "What to extract: entities, quotes, or both (default: ${DEFAULT-VALUE}). "
      + "Quotes need the dependency parser; entities alone skip it. Tables not asked for are written empty.";
  static final String DEFAULT = "entities,quotes";

  private Tables() {
  }

  static Set<Extraction> parse(List<String> names) {
    Set<Extraction> out = EnumSet.noneOf(Extraction.class);
    for (String n : names) {
      try {
        out.add(Extraction.valueOf(n.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--tables takes entities and/or quotes, not '" + n + "'");
      }
    }
    // Quotes are resolved to entities, so entities always come along.
    out.add(Extraction.ENTITIES);
    return out;
  }
}
