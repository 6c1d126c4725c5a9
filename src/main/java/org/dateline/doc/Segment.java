package org.dateline.doc;

/**
 * A contiguous block of an article's text (Java char offsets, end exclusive) and the section it belongs to.
 * The segments of a {@link Page} are whole lines and together cover every non-blank line of the text; the spans of
 * {@link PageHints} are whatever the page's markup marked.
 */
public record Segment(Section section, int start, int end) {

  public Segment {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad segment " + start + ".." + end);
    }
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether the whole of {@code from..to} lies in this segment. */
  public boolean covers(int from, int to) {
    return start <= from && to <= end;
  }
}
