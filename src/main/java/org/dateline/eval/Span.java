package org.dateline.eval;

/**
 * A typed text span for scoring, in Unicode code point offsets (end exclusive).
 *
 * <p>Code points, not Java chars, because the gold files were written by Python, whose string indices
 * count code points; a character outside the BMP (an emoji, some CJK) would otherwise shift every later
 * offset by one. Use {@link GoldDocument#codePointOffset(int)} to convert offsets taken from a Java string.
 *
 * @param start first code point, inclusive
 * @param end   last code point, exclusive
 * @param type  entity or TIMEX3 type (PER, LOC, DATE...); empty when untyped
 * @param value normalized value (TIMEX3 {@code value}); empty when there is none, as for NER spans
 */
public record Span(int start, int end, String type, String value) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    type = type == null ? "" : type;
    value = value == null ? "" : value;
  }

  /** A span without a normalized value, as NER produces. */
  public Span(int start, int end, String type) {
    this(start, end, type, "");
  }

  public int length() {
    return end - start;
  }

  /** Number of code points the two spans share; 0 when they only touch or are disjoint. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  public boolean sameExtent(Span other) {
    return start == other.start && end == other.end;
  }

  public Span withType(String newType) {
    return new Span(start, end, newType, value);
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")" + (value.isEmpty() ? "" : "=" + value);
  }
}
