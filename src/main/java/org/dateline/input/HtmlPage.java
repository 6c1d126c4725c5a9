package org.dateline.input;

import java.util.List;
import org.dateline.doc.PageHints;

/**
 * What {@link HtmlArticleExtractor} takes from a news page.
 *
 * @param title     og:title, else {@code <title>}, else the first h1; empty when none
 * @param text      the article's plain text, one paragraph per block element, paragraphs separated by a blank line
 * @param hints     the spans of {@code text} the markup marked as headline, captions and bylines
 * @param published publication date from the page's metadata as yyyy-MM-dd, or empty
 * @param url       the canonical URL (link rel=canonical or og:url), or empty
 * @param authors   the authors the page names (JSON-LD, meta tags, author links, bylines), in page order
 */
public record HtmlPage(String title, String text, PageHints hints, String published, String url,
                       List<String> authors) {

  public HtmlPage {
    authors = List.copyOf(authors);
  }
}
