package org.dateline.doc;

/**
 * A named-entity or time expression span found by CoreNLP (an entity mention), before our own clean-up.
 * {@code tokenStart}/{@code tokenEnd} are document-wide token indices, end exclusive; offsets are Java chars.
 */
public record NameSpan(String text, String tag, String normalized, int start, int end,
                      int tokenStart, int tokenEnd, int sentence) {
}
