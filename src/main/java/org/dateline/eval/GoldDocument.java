package org.dateline.eval;

import java.util.List;

/**
 * One gold document: its text and its annotated spans (entities or timexes), offsets in code points.
 *
 * @param id    document id from the gold file
 * @param dct   document creation time (yyyy-MM-dd) for timex gold; empty for NER gold
 * @param text  the document text the offsets refer to
 * @param spans gold spans, sorted by offset as in the file
 */
public record GoldDocument(String id, String dct, String text, List<Span> spans) {

  public GoldDocument {
    id = id == null ? "" : id;
    dct = dct == null ? "" : dct;
    text = text == null ? "" : text;
    spans = spans == null ? List.of() : List.copyOf(spans);
  }

  /** Covered text of a span; throws if the span does not fit in the text. */
  public String textOf(Span span) {
    int from = text.offsetByCodePoints(0, span.start());
    return text.substring(from, text.offsetByCodePoints(from, span.length()));
  }

  /**
   * Code point offset of a Java char offset into {@link #text()}: CoreNLP and {@code String.indexOf}
   * give char offsets, the gold gives code points.
   */
  public int codePointOffset(int charOffset) {
    return text.codePointCount(0, charOffset);
  }

  /** Number of code points in the text: the largest valid span end. */
  public int length() {
    return text.codePointCount(0, text.length());
  }
}
