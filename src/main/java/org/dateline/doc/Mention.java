package org.dateline.doc;


/**
 * One mention of an entity in an article, as written to mentions.csv. Offsets are Java char offsets into the
 * article text (the writer turns them into code points); {@code entityId} ties it to its {@link Entity}.
 */
public record Mention(String mentionId, String entityId, String text, String type, String subtype,
                      String normalized, String kind, int start, int end, int sentence, Section section) {

  public static final String NAME = "name";
  public static final String NOMINAL = "nominal";
  public static final String PRONOUN = "pronoun";
}
