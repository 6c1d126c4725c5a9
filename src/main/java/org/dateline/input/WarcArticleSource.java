package org.dateline.input;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import org.dateline.doc.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The pages of a web archive ({@code .warc}, {@code .warc.gz}: what crawlers, the Wayback Machine and Common Crawl
 * write), read with jwarc as a stream: each HTTP 200 response with an HTML body is one article, its id the file name
 * and the page's number in it, its {@code url} the archived URL. A page that names no publication date gets the
 * record's fetch date as a last resort ({@link PublicationDateResolver#FROM_FETCH}). Requests, metadata, redirects,
 * images and scripts are skipped. A damaged archive ends its articles with one failed row saying where.
 */
final class WarcArticleSource implements ArticleSource {

  private final ReadableFile file;
  private final WarcReader reader;
  private final HtmlArticleExtractor extractor;
  private Article next;
  private int pages;
  private boolean done;

  WarcArticleSource(ReadableFile file, InputStream in, HtmlArticleExtractor extractor) throws IOException {
    this.file = file;
    this.reader = new WarcReader(in);
    this.extractor = extractor;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      try {
        WarcRecord record = reader.next().orElse(null);
        if (record == null) {
          done = true;
        } else if (record instanceof WarcResponse response) {
          next = page(response);
        }
      } catch (IOException | RuntimeException e) {
        done = true;
        next = Article.unreadable(file.name() + ":" + (pages + 1), file.source(), "cannot read " + file.source()
            + " after page " + pages + " (byte " + reader.position() + "): " + e
            + "; check that the archive is complete (a truncated .warc.gz ends like this)");
      }
    }
    return next != null;
  }

  /** How many pages {@link #next} would give, without extracting them (for the progress display). */
  static long countPages(InputStream in) throws IOException {
    long n = 0;
    try (WarcReader records = new WarcReader(in)) {
      for (WarcRecord record : records) {
        if (record instanceof WarcResponse response && htmlPage(response) != null) {
          n++;
        }
      }
    }
    return n;
  }

  /** The HTTP response of an archived HTML page (status 200), or null for any other record. */
  private static HttpResponse htmlPage(WarcResponse response) {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      return null; // not an HTTP response (dns:, whois: records)
    }
    String type = http.contentType().base().toString();
    return http.status() == 200 && (type.equals("text/html") || type.equals("application/xhtml+xml")) ? http : null;
  }

  /** The article of an archived HTML page, or null for any other record. */
  private Article page(WarcResponse response) throws IOException {
    HttpResponse http = htmlPage(response);
    if (http == null) {
      return null;
    }
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = body.readAllBytes();
    }
    pages++;
    String id = file.name() + ":" + pages;
    String url = response.target();
    Article article = HtmlArticleReader.read(id, file.source() + ":" + pages + " " + url, bytes, extractor);
    if (!article.readable()) {
      return article;
    }
    article = article.withUrl(url);
    if (article.published().isEmpty()) {
      article = article.withPublished(response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
          PublicationDateResolver.FROM_FETCH);
    }
    return article;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article article = next;
    next = null;
    return article;
  }

  @Override
  public void close() {
    done = true;
    try {
      reader.close();
    } catch (IOException e) {
      // Reading is over; a failing close loses nothing.
    }
  }
}
