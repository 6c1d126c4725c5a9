package org.dateline.doc;

import java.util.List;

/**
 * Everything the pipeline learned about one article; every table row is derived from it. A failed article has
 * an error, no rows, and still gets its line in articles.csv.
 */
public record ArticleResult(Article article, List<Segment> segments, String error, int sentences, int tokens,
                            EntityTable entities, List<Quote> quotes, List<Event> events, long millis) {

  public ArticleResult {
    segments = List.copyOf(segments);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  public static ArticleResult failed(Article article, String error, long millis) {
    return new ArticleResult(article, List.of(), error, 0, 0, EntityTable.empty(), List.of(), List.of(), millis);
  }

  public boolean ok() {
    return error.isEmpty();
  }
}
