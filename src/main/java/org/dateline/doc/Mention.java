package org.dateline.doc;

import java.util.Set;

/**
 * One mention of an entity in an article, as written to mentions.csv. Offsets are Java char offsets into the
 * article text (the writer turns them into code points); {@code entityId} ties it to its {@link Entity}.
 */
public record Mention(String mentionId, String entityId, String text, String type, String subtype,
                      String normalized, String kind, int start, int end, int sentence, Section section) {

  public static final String NAME = "name";
  public static final String NOMINAL = "nominal";
  public static final String PRONOUN = "pronoun";
  /** The types of time expressions: they name no one and no place. */
  public static final Set<String> TEMPORAL_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  public boolean isTemporal() {
    return TEMPORAL_TYPES.contains(type);
  }
}
