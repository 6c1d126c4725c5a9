package org.dateline.doc;

/**
 * A contiguous block of an article's text (Java char offsets, end exclusive) and the section it belongs to.
 * Segments are whole lines; together they cover every non-blank line of the text.
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
}
