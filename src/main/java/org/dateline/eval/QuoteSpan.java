package org.dateline.eval;

/**
 * A quote for scoring, gold or predicted, in code point offsets (end exclusive).
 *
 * @param kind         direct, mixed or indirect
 * @param speaker      the speaker's name or mention as written; empty when there is none
 * @param speakerStart start of the speaker mention, or -1 when it has no span
 */
public record QuoteSpan(int start, int end, String kind, String speaker, int speakerStart, int speakerEnd) {

  public QuoteSpan {
    kind = kind == null ? "" : kind;
    speaker = speaker == null ? "" : speaker;
  }

  public int length() {
    return end - start;
  }

  /** Shared length over the longer span: the README's overlap measure. */
  public double overlapRatio(QuoteSpan o) {
    int shared = Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
    return (double) shared / Math.max(1, Math.max(length(), o.length()));
  }

  public boolean hasSpeaker() {
    return !speaker.isEmpty() || speakerStart >= 0;
  }

  public boolean speakerOverlaps(QuoteSpan o) {
    return speakerStart >= 0 && o.speakerStart >= 0
        && Math.min(speakerEnd, o.speakerEnd) > Math.max(speakerStart, o.speakerStart);
  }
}
