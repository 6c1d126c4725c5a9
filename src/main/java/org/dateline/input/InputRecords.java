package org.dateline.input;

import java.util.Objects;
import org.dateline.doc.Article;

/**
 * One record of a table of articles (a JSONL line, a CSV row, a Parquet row) as an article. Shared by every
 * tabular reader so that a record without an id gets the same generated id, and a date the same source, whatever
 * the format and whichever driver reads it.
 */
public final class InputRecords {

  private InputRecords() {
  }

  /**
   * @param generatedId the id when the record has none: the file's name, ':' and the record's line (or row) number
   * @param source      the file's source, ':' and the same number
   * @param id          the record's own id, or blank
   * @param text        the article text, never null (a record without one is a malformed record)
   * @param date        the record's publication date as written, or blank; it is parsed later
   */
  public static Article article(String generatedId, String source, String id, String title, String text,
                                String date, String url) {
    String given = Objects.requireNonNullElse(id, "");
    String published = Objects.requireNonNullElse(date, "");
    // Article itself turns a missing title or url into an empty one.
    return new Article(given.isBlank() ? generatedId : given, source, title, text, published,
        published.isBlank() ? "" : PublicationDateResolver.FROM_INPUT, url, "", Utf8Text.replacementWarning(text));
  }
}
