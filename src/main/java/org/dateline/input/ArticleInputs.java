package org.dateline.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;

/**
 * All articles of a run, in input order, read lazily: at most one file (or one JSONL line) is in memory at a
 * time, so corpora far larger than the heap stream through. Everything the user can get wrong about the inputs
 * (missing paths, unsupported files, CSVs without a text column, a bad --date) is reported by {@link #open} as a
 * {@link UsageException} before the first article is read; problems inside files become unreadable articles.
 */
public final class ArticleInputs extends Lookahead implements AutoCloseable {

  private final List<InputFile> fileList;
  private final Iterator<InputFile> files;
  private final InputStream stdin;
  private final PublicationDateResolver dates;
  private final FileArticles reader = new FileArticles();
  private ArticleSource current;

  private ArticleInputs(List<InputFile> files, InputStream stdin, PublicationDateResolver dates) {
    this.fileList = files;
    this.files = files.iterator();
    this.stdin = stdin;
    this.dates = dates;
  }

  /**
   * @param inputs      files, folders (searched recursively, in sorted path order) and {@code -} for JSON Lines on
   *                    standard input
   * @param defaultDate the {@code --date} option: publication date for articles whose input gives none; may be null
   */
  public static ArticleInputs open(List<String> inputs, String defaultDate) {
    return open(inputs, defaultDate, System.in);
  }

  /** As {@link #open(List, String)}, with {@code -} reading from {@code stdin} (for tests and embedding). */
  public static ArticleInputs open(List<String> inputs, String defaultDate, InputStream stdin) {
    PublicationDateResolver dates = new PublicationDateResolver(defaultDate);
    List<InputFile> files = InputFileLister.list(inputs);
    files.forEach(FileArticles::checkHeader);
    return new ArticleInputs(files, stdin, dates);
  }

  /**
   * How many articles the inputs hold (empty when reading standard input), counted on a daemon thread so that a
   * large corpus is counted while the models load instead of delaying the run. For progress display only.
   */
  public CompletableFuture<OptionalLong> countInBackground() {
    CompletableFuture<OptionalLong> count = new CompletableFuture<>();
    Thread counter = new Thread(() -> count.complete(ArticleCount.of(fileList)), "dateline-count");
    counter.setDaemon(true);
    counter.start();
    return count;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current != null && current.hasNext()) {
        next = dates.resolve(current.next());
      } else {
        closeCurrent();
        if (!files.hasNext()) {
          return false;
        }
        current = sourceFor(files.next());
      }
    }
    return true;
  }

  private ArticleSource sourceFor(InputFile file) {
    if (!file.isStandardInput()) {
      return reader.open(file);
    }
    try {
      return new JsonLinesArticleSource(file, Utf8Text.reader(new UnclosableStream(stdin)));
    } catch (IOException e) {
      Article failed = Article.unreadable(file.name(), file.source(),
          "cannot read " + file.source() + ": " + e + "; check that the file is readable and complete");
      return ArticleSource.single(() -> failed);
    }
  }

  private void closeCurrent() {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  @Override
  public void close() {
    closeCurrent();
    next = null;
    while (files.hasNext()) {
      files.next();
    }
  }

  /** Standard input belongs to the process, not to us: reading it to the end must not close it. */
  private static final class UnclosableStream extends FilterInputStream {
    UnclosableStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // deliberately left open
    }
  }
}
