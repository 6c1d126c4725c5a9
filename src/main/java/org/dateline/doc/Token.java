package org.dateline.doc;

import java.util.Objects;

/**
 * One token as CoreNLP saw it, copied out of CoreNLP's annotation into a plain record.
 * Offsets are Java char offsets into the article text; {@code index} counts tokens across the whole document.
 * An annotation CoreNLP did not set (no lemma, no NER value) is empty, never null.
 */
public record Token(int index, int sentence, String word, String lemma, String pos, String ner,
                    String normalized, int start, int end) {

  public Token {
    lemma = Objects.requireNonNullElse(lemma, "");
    pos = Objects.requireNonNullElse(pos, "");
    ner = Objects.requireNonNullElse(ner, "");
    normalized = Objects.requireNonNullElse(normalized, "");
  }
}
