package org.dateline.input;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tuning aid for the main-content extractor, not a test: {@code HtmlTune PAGE...} prints each page's best-scored
 * blocks (tag, names, score, text length, link density) and the text the extractor returns, to see why a page
 * went wrong. Run with the test classpath: {@code java -cp target/classes:target/test-classes:target/lib/*
 * org.dateline.input.HtmlTune ../shared/data/html-dev/pages/ID.html.gz}.
 */
public final class HtmlTune {

  private HtmlTune() {
  }

  public static void main(String[] args) throws Exception {
    for (String arg : args) {
      Document page;
      try (InputStream raw = Files.newInputStream(Path.of(arg));
           InputStream in = arg.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        page = Jsoup.parse(in, null, "");
      }
      Element body = HtmlArticleExtractor.withoutUnlikely(HtmlArticleExtractor.withoutChrome(page));
      Map<Element, Double> scores = ContentScorer.scores(body);
      System.out.println("== " + arg);
      scores.entrySet().stream().sorted(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()))
          .limit(12).forEach(e -> System.out.printf("%8.1f %6d %.2f %s%n", e.getValue(), e.getKey().text().length(),
              LinkDensity.of(e.getKey()), e.getKey().cssSelector()));
      HtmlPage extracted = new HtmlArticleExtractor().extract(page);
      System.out.println("-- authors " + extracted.authors() + " published " + extracted.published());
      System.out.println(extracted.text());
    }
  }
}
