package org.dateline.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web pages as they come from crawls: gzip-compressed pages and WARC archives (written here with jwarc). */
class WebArchiveInputTest {

  private static final Instant FETCHED = Instant.parse("2024-03-02T10:00:00Z");

  @TempDir
  Path dir;

  @Test
  void readsGzippedHtmlLikePlainHtml() throws IOException {
    Path page = dir.resolve("storm.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
      out.write(NewsPages.page("<meta property=\"article:published_time\" content=\"2024-01-03\">").getBytes(UTF_8));
    }
    Article a = read(page).get(0);
    assertEquals("storm.html.gz", a.id());
    assertTrue(a.text().startsWith("Paragraph 1. " + NewsPages.PROSE), a.text());
    assertEquals("2024-01-03", a.published());
    assertEquals(List.of("Jane Doe"), a.authors());
  }

  @Test
  void eachHtmlResponseOfAWarcIsAnArticleWithItsUrl() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      writer.write(response("https://news.example/a", 200, "text/html; charset=utf-8",
          NewsPages.page("<meta property=\"article:published_time\" content=\"2024-01-03\">")));
      writer.write(response("https://news.example/logo.png", 200, "image/png", "PNG"));
      writer.write(response("https://news.example/old", 301, "text/html", "<p>Moved</p>"));
      writer.write(response("https://news.example/b", 200, "text/html", NewsPages.page("")));
    }
    List<Article> articles = read(warc);
    assertEquals(List.of("crawl.warc.gz:1", "crawl.warc.gz:2"), articles.stream().map(Article::id).toList());
    assertEquals(List.of("https://news.example/a", "https://news.example/b"),
        articles.stream().map(Article::url).toList());
    assertEquals("2024-01-03", articles.get(0).published());
    assertEquals(PublicationDateResolver.FROM_INPUT, articles.get(0).dateSource());
    // No date on the page nor in its text: the fetch date, said to be one.
    assertEquals("2024-03-02", articles.get(1).published());
    assertEquals(PublicationDateResolver.FROM_FETCH, articles.get(1).dateSource());
    articles.forEach(a -> assertTrue(a.text().startsWith("Paragraph 1."), a.text()));
    assertEquals(2L, WarcArticleSource.countPages(Files.newInputStream(warc)));
  }

  @Test
  void aTruncatedWarcEndsWithOneFailedRow() throws IOException {
    Path warc = dir.resolve("cut.warc");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.NONE)) {
      writer.write(response("https://news.example/a", 200, "text/html", NewsPages.page("")));
      writer.write(response("https://news.example/b", 200, "text/html", NewsPages.page("")));
    }
    byte[] bytes = Files.readAllBytes(warc);
    Files.write(warc, java.util.Arrays.copyOf(bytes, bytes.length - 3000));
    List<Article> articles = read(warc);
    assertTrue(articles.get(0).readable());
    Article last = articles.get(articles.size() - 1);
    assertFalse(last.readable());
    assertTrue(last.error().contains("cut.warc"), last.error());
  }

  private static WarcResponse response(String url, int status, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
        .body(MediaType.parse(type), body.getBytes(UTF_8)).build();
    return new WarcResponse.Builder(url).date(FETCHED).body(http).build();
  }

  private List<Article> read(Path input) {
    List<Article> articles = new ArrayList<>();
    try (ArticleInputs inputs = ArticleInputs.open(List.of(input.toString()), null)) {
      inputs.forEachRemaining(articles::add);
    }
    return articles;
  }
}
