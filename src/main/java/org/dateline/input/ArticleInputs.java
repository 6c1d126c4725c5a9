package org.dateline.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.dateline.config.InputFields;
import org.dateline.config.Options;
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
  private final List<String> skipped;
  private final Iterator<InputFile> files;
  private final InputStream stdin;
  private final PublicationDateResolver dates;
  private final FileArticles reader;
  private ArticleSource current;

  private ArticleInputs(List<InputFile> files, List<String> skipped, InputStream stdin,
                        PublicationDateResolver dates, InputFields fields) {
    this.fileList = files;
    this.skipped = List.copyOf(skipped);
    this.reader = new FileArticles(fields);
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
    return open(inputs, defaultDate, stdin, Options.INPUT_FIELDS);
  }

  /** As {@link #open(List, String, InputStream)}, reading JSON and CSV records from the fields {@code fields} names. */
  public static ArticleInputs open(List<String> inputs, String defaultDate, InputStream stdin, InputFields fields) {
    PublicationDateResolver dates = new PublicationDateResolver(defaultDate);
    List<String> skipped = new ArrayList<>();
    List<InputFile> files = InputFileLister.list(inputs, skipped);
    files.forEach(f -> FileArticles.checkHeader(f, fields));
    return new ArticleInputs(files, skipped, stdin, dates, fields);
  }

  /**
   * Fails with a {@link UsageException} naming what was skipped and why when the inputs hold no readable article,
   * so a run over the wrong folder stops before the models load instead of reporting "0 articles" a minute later.
   * Reads the files (not standard input, which cannot be read twice) until the first readable article: at once
   * for a good corpus, the whole input only when nothing in it is readable.
   */
  public void requireReadable() {
    if (fileList.stream().anyMatch(InputFile::isStandardInput)) {
      return;
    }
    NoReadableArticle.check(fileList, skipped, reader);
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
      return new JsonLinesArticleSource(file, Utf8Text.reader(new UnclosableStream(stdin)), reader.fields());
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
