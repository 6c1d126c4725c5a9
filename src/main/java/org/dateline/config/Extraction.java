package org.dateline.config;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables a run can be asked to fill ({@code --tables}), each knowing what CoreNLP must run for it: entities
 * need the tagger and NER only; quotes and events also need the dependency parse, which about doubles the cost.
 * Entities always run (the other two build on them).
 */
public enum Extraction {
  ENTITIES(false), QUOTES(true), EVENTS(true);

  private final boolean needsParse;

  Extraction(boolean needsParse) {
    this.needsParse = needsParse;
  }

  public boolean needsParse() {
    return needsParse;
  }

  /** The name the command line and the tables use: {@code entities}, {@code quotes}, {@code events}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The extractions named on the command line; an unknown name is a usage error listing the valid ones. */
  public static Set<Extraction> parse(Collection<String> names) {
    Set<Extraction> out = EnumSet.noneOf(Extraction.class);
    for (String name : names) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      out.add(EnumSet.allOf(Extraction.class).stream().filter(e -> e.label().equals(n)).findFirst()
          .orElseThrow(() -> new UsageException("--tables takes entities, quotes and events, not '" + name + "'")));
    }
    return out;
  }

  /** {@code entities,quotes} in declaration order, for the settings line and messages. */
  public static String labels(Set<Extraction> extractions) {
    return extractions.stream().sorted().map(Extraction::label).collect(Collectors.joining(","));
  }
}
