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

  Candidate retyped(String newType, String newNormalized) {
    return new Candidate(newType, "", newNormalized, kind, tokenStart, tokenEnd, start, end, sentence);
  }
}
