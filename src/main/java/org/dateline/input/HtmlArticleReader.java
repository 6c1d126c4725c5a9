package org.dateline.input;

import java.io.IOException;
import org.dateline.article.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads an .html/.htm file as one article; the page's own date, if any, is passed on as an input date. */
final class HtmlArticleReader {

  private HtmlArticleReader() {
  }

  static Article read(InputFile file, HtmlArticleExtractor extractor) {
    Document document;
    try {
      // No charset given: jsoup honours a BOM or <meta charset> and otherwise assumes UTF-8.
      document = Jsoup.parse(file.path(), null);
    } catch (IOException e) {
      return Article.unreadable(file.name(), file.source(),
          "cannot read " + file.source() + ": " + e + "; check that the file is readable");
    }
    HtmlPage page = extractor.extract(document);
    return new Article(file.name(), file.source(), page.title(), page.text(), page.published(),
        page.published().isEmpty() ? "" : PublicationDateResolver.FROM_INPUT, page.url(), "");
  }
}
