package org.dateline.eval;

/**
 * One scoring error, kept for inspection while tuning.
 *
 * @param docId         the gold document
 * @param kind          what went wrong
 * @param gold          the gold span, or null for {@link Kind#SPURIOUS}
 * @param predicted     the predicted span, or null for {@link Kind#MISSED}
 * @param goldText      text covered by {@code gold}; empty when there is none
 * @param predictedText text covered by {@code predicted}; empty when there is none
 */
public record SpanError(String docId, Kind kind, Span gold, Span predicted,
                        String goldText, String predictedText) {

  public enum Kind {
    /** A gold span no prediction matched. */
    MISSED,
    /** A prediction no gold span matched. */
    SPURIOUS,
    /** Matched, but the types differ (NER: same extent; TIMEX: overlapping). */
    WRONG_TYPE,
    /** TIMEX only: overlapping, but the extents differ (a relaxed but not a strict match). */
    PARTIAL,
    /** TIMEX only: overlapping, but the normalized values differ. */
    WRONG_VALUE
  }

  /** An error with the covered texts looked up in the gold document. */
  public static SpanError of(GoldDocument doc, Kind kind, Span gold, Span predicted) {
    return new SpanError(doc.id(), kind, gold, predicted,
        gold == null ? "" : doc.textOf(gold), predicted == null ? "" : doc.textOf(predicted));
  }

  /** Where the error is in the text, to list a document's errors in reading order. */
  public int start() {
    return gold != null ? gold.start() : predicted.start();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(docId).append('\t').append(kind);
    if (gold != null) {
      sb.append("\tgold ").append(gold).append(" \"").append(goldText).append('"');
    }
    if (predicted != null) {
      sb.append("\tpred ").append(predicted).append(" \"").append(predictedText).append('"');
    }
    return sb.toString();
  }
}
