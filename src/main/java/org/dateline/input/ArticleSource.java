package org.dateline.input;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.dateline.doc.Article;

/**
 * The articles of one input file, read lazily. Closing releases the file; problems inside the file come out
 * as unreadable articles, never as exceptions, so one bad file does not stop a batch.
 */
public interface ArticleSource extends Iterator<Article>, Closeable {

  @Override
  void close();

  /** A file that is one article (.txt, .html): read only when the iteration gets to it. */
  static ArticleSource single(Supplier<Article> reader) {
    return new ArticleSource() {
      private boolean read;

      @Override
      public boolean hasNext() {
        return !read;
      }

      @Override
      public Article next() {
        if (read) {
          throw new NoSuchElementException();
        }
        read = true;
        return reader.get();
      }

      @Override
      public void close() {
        read = true;
      }
    };
  }
}
