package org.dateline.run;

import org.dateline.doc.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule for an article id the input repeats: the first keeps it, the n-th in input order becomes "id~n" with a
 * warning. Every driver numbers repeats by input order (files in sorted order, records in file order), so the same
 * input always gives the same ids.
 */
public final class DuplicateIds {

  private static final Logger LOG = LoggerFactory.getLogger(DuplicateIds.class);

  private DuplicateIds() {
  }

  /** The article that is the {@code n}-th (from 1) in input order to carry its id. */
  public static Article numbered(Article a, long n) {
    if (n == 1) {
      return a;
    }
    String id = a.id() + "~" + n;
    LOG.warn("duplicate article id {} in {}: renamed to {}", a.id(), a.source(), id);
    return a.withId(id).withWarning("duplicate id '" + a.id() + "': renamed to '" + id + "'");
  }
}
