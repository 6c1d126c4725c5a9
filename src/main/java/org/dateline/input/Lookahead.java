package org.dateline.input;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.dateline.doc.Article;

/**
 * An article iterator that reads one article ahead: subclasses implement {@link #hasNext()} by filling
 * {@link #next} (null at the end); {@link #next()} hands it over.
 */
abstract class Lookahead implements Iterator<Article> {

  /** The article read ahead by {@link #hasNext()}, or null when none is waiting. */
  protected Article next;

  @Override
  public final Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article article = next;
    next = null;
    return article;
  }
}
