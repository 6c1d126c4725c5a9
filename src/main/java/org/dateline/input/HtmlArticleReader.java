package org.dateline.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dateline.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads an .html/.htm file as one article; the page's own date, if any, is passed on as an input date. */
final class HtmlArticleReader {

  private HtmlArticleReader() {
  }

  static Article read(ReadableFile file, HtmlArticleExtractor extractor) {
    byte[] bytes;
    Document document;
    String warning = "";
    try {
      bytes = readAll(file);
      // No charset given: jsoup honours a BOM or <meta charset> and otherwise assumes UTF-8.
      document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException | OutOfMemoryError e) {
      return Article.unreadable(file.name(), file.source(),
          "cannot read " + file.source() + ": " + e + "; check that the file is readable");
    }
    DecodedText decoded = TextDecoding.decode(bytes);
    if (decoded.binary()) {
      return Article.unreadable(file.name(), file.source(), decoded.binaryReason(file.source()));
    }
    if (document.charset().equals(StandardCharsets.UTF_8) && !TextDecoding.isUtf8(bytes)) {
      // Assumed UTF-8 but it is not: decode as we do plain text (Windows-1252 or replacement) and say so.
      document = Jsoup.parse(decoded.text());
      warning = decoded.warning();
    }
    HtmlPage page = extractor.extract(document);
    if (page.text().isBlank()) {
      return Article.unreadable(file.name(), file.source(), "no article text: the HTML page " + file.source()
          + " has no text in its body" + (page.title().isEmpty() ? "" : " (title: " + page.title() + ")")
          + "; check that the file is the full page, not just its head or a script shell");
    }
    return new Article(file.name(), file.source(), page.title(), page.text(), page.published(),
        page.published().isEmpty() ? "" : PublicationDateResolver.FROM_INPUT, page.url(), "", warning, page.hints());
  }

  private static byte[] readAll(ReadableFile file) throws IOException {
    try (InputStream in = file.open()) {
      return in.readAllBytes();
    }
  }
}
