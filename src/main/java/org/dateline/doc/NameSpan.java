package org.dateline.doc;

import java.util.Objects;

/**
 * A named-entity or time expression span found by CoreNLP (an entity mention), before our own clean-up.
 * {@code tokenStart}/{@code tokenEnd} are document-wide token indices, end exclusive; offsets are Java chars.
 * A tag or value CoreNLP did not set is empty, never null.
 */
public record NameSpan(String text, String tag, String normalized, int start, int end,
                      int tokenStart, int tokenEnd, int sentence) {

  public NameSpan {
    tag = Objects.requireNonNullElse(tag, "");
    normalized = Objects.requireNonNullElse(normalized, "");
  }
}
