package org.dateline.doc;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the page's own markup says about parts of an article's text, passed from the reader to the segmenter: the
 * spans the page marked as its {@link Section#HEADLINE headline} ({@code h1}), photo {@link Section#CAPTION captions}
 * ({@code figcaption}) and {@link Section#BYLINE bylines}. Offsets are into {@link Article#text()}. Empty for inputs
 * without markup (plain text, JSONL, CSV).
 *
 * @param marked the marked spans, in text order
 */
public record PageHints(List<Segment> marked) {

  /** No hints: the segmenter goes by the text alone. */
  public static final PageHints NONE = new PageHints(List.of());

  private static final Set<Section> HINTED = Set.of(Section.HEADLINE, Section.CAPTION, Section.BYLINE);

  public PageHints {
    marked = List.copyOf(marked);
    for (Segment s : marked) {
      if (!HINTED.contains(s.section())) {
        throw new IllegalArgumentException("a page marks only headlines, captions and bylines, not " + s);
      }
    }
  }

  public boolean isEmpty() {
    return marked.isEmpty();
  }

  /** The section the page marked the text {@code from..to} (a line) with, if a marked span holds all of it. */
  public Optional<Section> sectionOf(int from, int to) {
    return marked.stream().filter(s -> s.covers(from, to)).map(Segment::section).findFirst();
  }

  /**
   * These hints for {@code newText}, a changed {@code oldText} (e.g. truncated): only the spans that still hold
   * the same characters at the same offsets are kept.
   */
  public PageHints forChangedText(String oldText, String newText) {
    return new PageHints(marked.stream()
        .filter(s -> s.end() <= newText.length() && newText.regionMatches(s.start(), oldText, s.start(),
            s.end() - s.start()))
        .toList());
  }
}
