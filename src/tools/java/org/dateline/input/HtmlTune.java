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
 * org.dateline.input.HtmlTune ../shared/data/html-dev/pages/ID.html.gz}. With {@code --time DIR} it times the
 * reader (parse and extract, pages already in memory) over every page of DIR, in passes, so the later passes show
 * the warm cost: thread CPU per page (what a shared machine does not inflate) and wall time per page.
 */
public final class HtmlTune {

  private HtmlTune() {
  }

  private static void time(Path dir) throws Exception {
    java.util.List<byte[]> pages = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
          pages.add(in.readAllBytes());
        }
      }
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    for (int pass = 1; pass <= 5; pass++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      int n = 0;
      for (byte[] page : pages) {
        n += HtmlArticleReader.read("page", "page", page, extractor).text().length() > 0 ? 1 : 0;
      }
      System.out.printf("pass %d: %d pages, %.1f ms CPU per page, %.1f ms wall per page%n", pass, n,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / pages.size(),
          (System.nanoTime() - wall) / 1e6 / pages.size());
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--time")) {
      time(Path.of(args[1]));
      return;
    }
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
