package org.dateline.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dateline.config.InputFields;
import org.dateline.config.Options;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;

/**
 * Turns one file into its articles exactly as the command line does, for every driver: {@link ArticleInputs} for
 * local files, the Spark job for files on any Hadoop file system. Problems inside a file come out as unreadable
 * articles, never as exceptions, so one bad file does not stop a batch. Publication dates are left as the file
 * gives them; {@link PublicationDateResolver} decides them afterwards. Not thread-safe: one per reading thread.
 */
public final class FileArticles {

  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final InputFields fields;

  /** Records read with the default field names ({@link Options#INPUT_FIELDS}). */
  public FileArticles() {
    this(Options.INPUT_FIELDS);
  }

  /** Records of JSON and CSV files read from the fields {@code fields} names. */
  public FileArticles(InputFields fields) {
    this.fields = fields;
  }

  InputFields fields() {
    return fields;
  }

  /** The articles of {@code file}, read lazily; close the source when done with it. */
  public ArticleSource open(ReadableFile file) {
    try {
      return switch (file.format()) {
        case TEXT -> ArticleSource.single(() -> TextArticleReader.read(file));
        case HTML -> ArticleSource.single(() -> HtmlArticleReader.read(file, html));
        case JSON_LINES -> JsonLinesArticleSource.open(file, fields);
        case JSON -> JsonArticles.open(file, fields);
        case CSV -> CsvArticleSource.open(file, fields);
        case WARC -> new WarcArticleSource(file, file.open(), html);
      };
    } catch (IOException | UncheckedIOException e) {
      // The file was there when the run started; report it in its row rather than abort the batch.
      Article failed = Article.unreadable(file.name(), file.source(),
          "cannot read " + file.source() + ": " + e + "; check that the file is readable and complete");
      return ArticleSource.single(() -> failed);
    }
  }

  /**
   * Fails with a {@link UsageException} naming the file when a CSV file has no {@code text} column: a mistake
   * about the whole file, which a run reports before it processes anything.
   */
  public static void checkHeader(ReadableFile file) {
    checkHeader(file, Options.INPUT_FIELDS);
  }

  /** As {@link #checkHeader(ReadableFile)}, for the text column {@code fields} names. */
  public static void checkHeader(ReadableFile file, InputFields fields) {
    if (file.format() == InputFormat.CSV) {
      CsvArticleSource.checkHeader(file, fields);
    }
  }
}
