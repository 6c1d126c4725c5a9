package org.dateline.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.dateline.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an .html/.htm file (also gzip-compressed) as one article, or one page of a web archive; the page's own
 * date, if any, is passed on as an input date.
 */
final class HtmlArticleReader {

  private HtmlArticleReader() {
  }

  static Article read(ReadableFile file, HtmlArticleExtractor extractor) {
    byte[] bytes;
    try {
      bytes = readAll(file);
    } catch (IOException | OutOfMemoryError e) {
      return Article.unreadable(file.name(), file.source(),
          "cannot read " + file.source() + ": " + e + "; check that the file is readable");
    }
    return read(file.name(), file.source(), bytes, extractor);
  }

  /** The article of one page's bytes; {@code id} and {@code source} name it in the tables and in errors. */
  static Article read(String id, String source, byte[] bytes, HtmlArticleExtractor extractor) {
    Document document;
    String warning = "";
    try {
      // No charset given: jsoup honours a BOM or <meta charset> and otherwise assumes UTF-8.
      document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException | OutOfMemoryError e) {
      return Article.unreadable(id, source, "cannot parse " + source + ": " + e + "; check that it is an HTML page");
    }
    DecodedText decoded = TextDecoding.decode(bytes);
    if (decoded.binary()) {
      return Article.unreadable(id, source, decoded.binaryReason(source));
    }
    if (document.charset().equals(StandardCharsets.UTF_8) && !TextDecoding.isUtf8(bytes)) {
      // Assumed UTF-8 but it is not: decode as we do plain text (Windows-1252 or replacement) and say so.
      document = Jsoup.parse(decoded.text());
      warning = decoded.warning();
    }
    HtmlPage page = extractor.extract(document);
    if (page.text().isBlank()) {
      return Article.unreadable(id, source, "no article text: the HTML page " + source
          + " has no text in its body" + (page.title().isEmpty() ? "" : " (title: " + page.title() + ")")
          + "; check that the file is the full page, not just its head or a script shell");
    }
    return new Article(id, source, page.title(), page.text(), page.published(),
        page.published().isEmpty() ? "" : PublicationDateResolver.FROM_INPUT, page.url(), "", warning, page.hints())
        .withAuthors(page.authors());
  }

  private static byte[] readAll(ReadableFile file) throws IOException {
    try (InputStream raw = file.open();
         InputStream in = InputFormat.isGzip(file.name()) ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return in.readAllBytes();
    }
  }
}
