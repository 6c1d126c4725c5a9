package org.dateline.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.dateline.config.Extraction;
import org.dateline.config.Options;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.input.ArticleInputs;
import org.dateline.run.ArticleProcessor;

/**
 * Benchmark tool (not shipped): the per-article cost of hostile pages (issue 18), one case per JVM so that an
 * abandoned thread or a filled heap of one case cannot bill the next. Generates the case, warms the pipeline on a
 * few normal articles, then processes the case once with every table and prints its status, warning, process CPU
 * seconds (all threads, GC and JIT included), wall seconds and peak heap in use (sampled every 20 ms). Args: CASE NEWS_BENCH.jsonl.gz
 * [TIMEOUT_SECONDS [TABLES [MAX_ARTICLE_CHARS]]]; CASE is one of {@link #CASES} or "all" (one JVM for every case, for quick looks).
 */
public final class PathologicalCost {

  static final List<String> CASES = List.of("giant-token", "base64", "transcript", "numbers-table", "numbers-run",
      "prose");

  private PathologicalCost() {
  }

  public static void main(String[] args) throws Exception {
    String which = args[0];
    List<Article> bench = read(args[1], 400);
    Duration timeout = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : Options.ARTICLE_TIMEOUT_SECONDS);
    int maxChars = args.length > 4 ? Integer.parseInt(args[4]) : Options.MAX_ARTICLE_CHARS;
    Options all = Options.DEFAULTS.withoutTimings().withLimits(maxChars, timeout);
    Options options = args.length > 3 && !args[3].equals("all") ? all.withTables(Extraction.parse(List.of(args[3]
        .split(",")))) : all;
    ArticleProcessor processor = new ArticleProcessor(CoreNlpAnnotator.shared(options), options);
    for (Article a : bench.subList(0, Integer.getInteger("warm", 5))) {
      processor.process(a);
    }
    System.out.printf("%-14s %-6s %8s %8s %9s %7s  %s%n", "case", "status", "tokens", "CPU s", "wall s", "heap MB",
        "warning / error");
    for (String c : which.equals("all") ? CASES : List.of(which)) {
      Article article = new Article(c, "generated", "", text(c, bench), "2024-05-01", "input", "", "");
      System.gc();
      HeapPeak heap = HeapPeak.begin();
      long cpu0 = cpuNanos();
      long t0 = System.nanoTime();
      ArticleResult r = processor.process(article);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (cpuNanos() - cpu0) / 1e9;
      long peak = heap.end();
      System.out.printf("%-14s %-6s %8d %8.1f %9.1f %7d  %s%n", c, r.ok() ? "ok" : "failed", r.tokens(), cpu, wall,
          peak >> 20, r.ok() ? r.article().warning() : r.error());
      System.out.printf("%-14s %d entities, e.g. %s%n", "", r.entities().entities().size(), r.entities().entities()
          .stream().limit(8).map(e -> e.type() + ":" + e.name()).toList());
    }
    System.exit(0);
  }

  /** The page of each case, generated so that the run needs no data beyond the public benchmark corpus. */
  static String text(String c, List<Article> bench) {
    String intro = "Markets in Frankfurt were calm on Tuesday, said Angela Weber of Deutsche Bank.\n\n";
    Random rnd = new Random(18);
    StringBuilder sb = new StringBuilder(intro);
    switch (c) {
      case "giant-token" -> sb.append("a".repeat(200_000));
      case "base64" -> {
        byte[] bytes = new byte[112_500];
        rnd.nextBytes(bytes);
        sb.append("data:image/png;base64,").append(Base64.getEncoder().encodeToString(bytes));
      }
      case "transcript" -> sb.append(transcript(bench, 30_000, true));
      // The transcript's words with their punctuation: what 30,000 tokens of ordinary news cost, for comparison.
      case "prose" -> sb.append(transcript(bench, 30_000, false));
      case "numbers-table" -> {
        for (int line = 0; line < 2_000; line++) {
          for (int col = 0; col < 10; col++) {
            sb.append(number(rnd)).append(col < 9 ? "  " : "\n");
          }
        }
      }
      case "numbers-run" -> {
        for (int i = 0; i < 20_000; i++) {
          sb.append(number(rnd)).append(' ');
        }
      }
      default -> throw new IllegalArgumentException("unknown case " + c + "; one of " + CASES);
    }
    return sb.append("\n\nThe index closed higher on Friday, June 7, 2024.\n").toString();
  }

  /** Prices, changes, percentages and counts, as in a stock or sports results table. */
  private static String number(Random rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> String.format("%.2f", rnd.nextDouble() * 500);
      case 1 -> String.format("%+.2f", rnd.nextDouble() * 10 - 5);
      case 2 -> String.format("%.1f%%", rnd.nextDouble() * 20 - 10);
      default -> String.format("%,d", rnd.nextInt(5_000_000));
    };
  }

  /** News text with every sentence mark and line break removed (one "sentence" of {@code tokens} words), or as it is. */
  static String transcript(List<Article> bench, int tokens, boolean unpunctuated) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Article a : bench) {
      String text = unpunctuated ? a.text().replaceAll("[\\p{P}&&[^'-]]", " ") : a.text() + "\n\n";
      for (String w : text.split(unpunctuated ? "\\s+" : " ")) {
        if (!w.isEmpty()) {
          sb.append(w).append(' ');
          if (++n == tokens) {
            return sb.toString();
          }
        }
      }
    }
    return sb.toString();
  }

  static List<Article> read(String file, int max) {
    List<Article> out = new ArrayList<>();
    try (ArticleInputs in = ArticleInputs.open(List.of(file), null)) {
      while (in.hasNext() && out.size() < max) {
        out.add(in.next());
      }
    }
    return out;
  }

  /** The most heap in use seen by a sampling thread: pool peaks cannot be summed (they peak at different times). */
  private static final class HeapPeak extends Thread {
    private volatile boolean running = true;
    private volatile long max;

    static HeapPeak begin() {
      HeapPeak h = new HeapPeak();
      h.setDaemon(true);
      h.start();
      return h;
    }

    @Override
    public void run() {
      while (running) {
        max = Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long end() {
      running = false;
      return Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
