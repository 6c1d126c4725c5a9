package org.dateline.doc;

/**
 * One token as CoreNLP saw it, copied out of CoreNLP's annotation into a plain record.
 * Offsets are Java char offsets into the article text; {@code index} counts tokens across the whole document.
 */
public record Token(int index, int sentence, String word, String lemma, String pos, String ner,
                    String normalized, int start, int end) {
}
