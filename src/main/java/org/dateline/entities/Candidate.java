package org.dateline.entities;

/**
 * A mention before it is tied to an entity: our type, CoreNLP's fine tag, normalized value, kind and span.
 * Token indices are document-wide, end exclusive; offsets are Java chars.
 */
record Candidate(String type, String subtype, String normalized, String kind, int tokenStart, int tokenEnd,
                 int start, int end, int sentence) {

  Candidate withSpan(int newTokenStart, int newTokenEnd, int newStart, int newEnd) {
    return new Candidate(type, subtype, normalized, kind, newTokenStart, newTokenEnd, newStart, newEnd, sentence);
  }

  Candidate withValue(String newNormalized) {
    return new Candidate(type, subtype, newNormalized, kind, tokenStart, tokenEnd, start, end, sentence);
  }

  /** Which tokens of the document lie inside one of the names, so a rule adding a name never overlaps another. */
  static boolean[] covered(int tokens, java.util.List<Candidate> names) {
    boolean[] taken = new boolean[tokens];
    for (Candidate c : names) {
      for (int i = Math.max(0, c.tokenStart()); i < c.tokenEnd() && i < tokens; i++) {
        taken[i] = true;
      }
    }
    return taken;
  }

  /** A place written as a name, not a nominal or pronoun. */
  boolean isPlaceName() {
    return type.equals(EntityTypes.LOCATION) && kind.equals(org.dateline.doc.Mention.NAME);
  }

  Candidate retyped(String newType, String newNormalized) {
    return new Candidate(newType, "", newNormalized, kind, tokenStart, tokenEnd, start, end, sentence);
  }
}
