package org.dateline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.doc.Article;
import org.dateline.input.ArticleInputs;

/**
 * Benchmark baseline (not shipped, not a test): plain CoreNLP 4.5.10 with its defaults on the article texts
 * Dateline would read, on a fixed thread pool with one shared pipeline. Prints the same figures as Dateline's
 * end-of-run line, so scripts/benchmark.sh reads both alike. Args: ANNOTATORS THREADS INPUT...
 * ("coref" runs the statistical algorithm, which CoreNLP's quote attribution is documented with).
 */
public final class PlainCoreNlpRun {

  private PlainCoreNlpRun() {
  }

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Properties p = new Properties();
    p.setProperty("annotators", args[0]);
    p.setProperty("coref.algorithm", "statistical");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    int threads = Integer.parseInt(args[1]);
    long loaded = System.nanoTime();
    long cpu0 = cpuMillis();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> tokens = new ArrayList<>();
    long articles = 0;
    try (ArticleInputs inputs = ArticleInputs.open(List.of(args).subList(2, args.length), null)) {
      while (inputs.hasNext()) {
        Article a = inputs.next();
        articles++;
        tokens.add(pool.submit(() -> {
          Annotation ann = new Annotation(a.text());
          pipeline.annotate(ann);
          return ann.get(CoreAnnotations.TokensAnnotation.class).size();
        }));
      }
    }
    long total = 0;
    for (Future<Integer> f : tokens) {
      total += f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - loaded) / 1e9;
    long cpu = cpuMillis() - cpu0;
    System.err.printf("plain: %d articles read; %d tokens at %.0f tokens/s, %.2f CPU s per 1,000 tokens; "
            + "models loaded in %.1f s, articles processed in %.1f s%n", articles, total, total / seconds,
        cpu / (double) total, (loaded - t0) / 1e9, seconds);
  }

  private static long cpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
  }
}
