package org.dateline.input;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import org.dateline.config.Options;

/**
 * How many articles a run's inputs hold, for the progress display only: a file is one article, a JSON Lines file
 * one per non-blank line, a CSV file one per record. Standard input cannot be read twice, so its count is unknown.
 * A file that cannot be read counts as the one unreadable article the run will report for it.
 */
final class ArticleCount {

  private ArticleCount() {
  }

  static OptionalLong of(List<InputFile> files) {
    long n = 0;
    for (InputFile file : files) {
      if (file.isStandardInput()) {
        return OptionalLong.empty();
      }
      n += count(file);
    }
    return OptionalLong.of(n);
  }

  private static long count(InputFile file) {
    try {
      return switch (file.format()) {
        case TEXT, HTML -> 1;
        case JSON_LINES -> jsonLines(file);
        case JSON -> json(file);
        case CSV -> csvRecords(file);
        case WARC -> warcPages(file);
      };
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }

  /** As the reader counts: non-blank lines, and for a file cut short its complete lines and one failed row. */
  private static long jsonLines(InputFile file) throws IOException {
    try (GzipLines data = GzipLines.open(file); RecordLines lines = new RecordLines(Utf8Text.reader(data))) {
      long n = 0;
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (data.cut().isPresent() && !lines.terminated()) {
          break;
        }
        n += line.isBlank() ? 0 : 1;
      }
      return n + (data.cut().isPresent() ? 1 : 0);
    }
  }

  /** An array's elements, or the lines of a .json file that holds JSON Lines. */
  private static long json(InputFile file) throws IOException {
    long elements = JsonArticles.count(file);
    return elements >= 0 ? elements : jsonLines(file);
  }

  private static long warcPages(InputFile file) throws IOException {
    return WarcArticleSource.countPages(file.open());
  }

  private static long csvRecords(InputFile file) throws IOException {
    long n = 0;
    // Any text column will do for counting: the records are the same whatever the column is called.
    try (CsvArticleSource records = CsvArticleSource.open(file, Options.INPUT_FIELDS, false)) {
      while (records.hasNext()) {
        records.next();
        n++;
      }
    }
    return n;
  }
}
