package org.dateline.doc;

import java.util.List;

/**
 * An article's text as a news page: its title and the section of every non-blank line.
 *
 * @param title    the title the input gave, else the headline found on the page (its lines joined by a space);
 *                 empty when there is neither
 * @param segments the page's segments in text order, non-overlapping, covering every non-blank line of the text
 */
public record Page(String title, List<Segment> segments) {

  public Page {
    title = title == null ? "" : title;
    segments = List.copyOf(segments);
  }
}
