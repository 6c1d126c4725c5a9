package org.dateline.run;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a run extracts, as asked with {@code --tables}. It decides the CoreNLP annotators: entities need the
 * tagger and NER only; quotes also need the dependency parse, which roughly doubles the CPU per token, so a
 * run that asks only for entities does not pay for it.
 */
public enum Extraction {
  ENTITIES(false), QUOTES(true);

  /** The default of {@code --tables}: everything. */
  public static final Set<Extraction> ALL = Set.copyOf(EnumSet.allOf(Extraction.class));

  private final boolean needsParse;

  Extraction(boolean needsParse) {
    this.needsParse = needsParse;
  }

  public static boolean needParse(Set<Extraction> asked) {
    return asked.stream().anyMatch(e -> e.needsParse);
  }

  /** The lower-case name used on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
