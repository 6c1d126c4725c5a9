package org.dateline.doc;


/**
 * One attributed statement (or one piece of a split quote): its content span and who it is attributed to.
 * Offsets are Java chars into the article text, end exclusive; a direct quote's span includes its marks.
 *
 * @param kind        {@link #DIRECT}, {@link #MIXED} or {@link #INDIRECT}
 * @param speaker     the mention that is the source of the cue, resolved to an entity when possible
 * @param cue         the speech verb or phrase
 * @param attribution how the speaker was found: {@link #SYNTAX}, {@link #COREF}, {@link #ADJACENT}, or empty
 */
public record Quote(String quoteId, String kind, int start, int end, Speaker speaker, Cue cue,
                    String attribution, int sentence, Section section) {

  public static final String DIRECT = "direct";
  public static final String MIXED = "mixed";
  public static final String INDIRECT = "indirect";

  /** The speaker is the grammatical source of the cue and is written as a name (or is not an entity). */
  public static final String SYNTAX = "syntax";
  /** The grammatical source is a pronoun or nominal ("he", "the president") resolved by our entity linking. */
  public static final String COREF = "coref";
  /** No cue of its own: the speaker of the neighbouring attribution (previous paragraph, run of quotes). */
  public static final String ADJACENT = "adjacent";

  public Quote withId(String id) {
    return new Quote(id, kind, start, end, speaker, cue, attribution, sentence, section);
  }

  public Quote withKind(String k) {
    return new Quote(quoteId, k, start, end, speaker, cue, attribution, sentence, section);
  }

  public Quote withSpeaker(Speaker s, Cue c, String how) {
    return new Quote(quoteId, kind, start, end, s, c, how, sentence, section);
  }

  public boolean hasSpeaker() {
    return speaker.start() >= 0;
  }

  /**
   * The speaker mention as written and the entity it resolves to; offsets are -1 (an empty cell) when unknown.
   */
  public record Speaker(String text, int start, int end, String entityId, String name, String type) {
    public static final Speaker NONE = new Speaker("", -1, -1, "", "", "");
  }

  /** The cue: lemma of the speech verb or phrase ("say", "according to") and its span; -1 when there is none. */
  public record Cue(String lemma, int start, int end) {
    public static final Cue NONE = new Cue("", -1, -1);
  }
}
