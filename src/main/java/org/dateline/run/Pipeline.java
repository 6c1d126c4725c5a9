package org.dateline.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.article.Article;
import org.dateline.input.ArticleInputs;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpSettings;
import org.dateline.output.TableWriters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run: one loop over a lazy stream of articles. Articles are annotated on {@code threads} workers, but
 * results are written strictly in input order, so tables and ids are the same whatever the thread count. At
 * most a few articles per thread are in flight: memory does not grow with the corpus.
 */
public final class Pipeline {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Options options;

  public Pipeline(Options options) {
    this.options = options;
  }

  /** The CoreNLP configuration this run needs. */
  public NlpSettings nlpSettings() {
    return new NlpSettings(Extraction.needParse(options.extractions()), options.nerModels(), options.maxSentenceTokens(),
        options.modelsDir() == null ? null : options.modelsDir().toString());
  }

  /** Reads the inputs named in the options, loads the models once and processes every article. */
  public RunSummary run() {
    long t0 = System.nanoTime();
    try (ArticleInputs inputs = ArticleInputs.open(options.inputs(), options.defaultDate())) {
      CoreNlpAnnotator nlp = new CoreNlpAnnotator(nlpSettings());
      return run(inputs, nlp, (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** Processes {@code articles} with an already loaded annotator (shared by tests and the eval command). */
  public RunSummary run(Iterator<Article> inputs, CoreNlpAnnotator nlp, long loadMillis) {
    long loaded = System.nanoTime();
    ArticleProcessor processor = new ArticleProcessor(nlp, options.extractions());
    long read = 0;
    long ok = 0;
    long tokens = 0;
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    Deque<Future<ArticleResult>> inFlight = new ArrayDeque<>();
    Map<String, Integer> seenIds = new HashMap<>();
    try (TableWriters out = new TableWriters(options.out(), options.timings())) {
      while (inputs.hasNext() || !inFlight.isEmpty()) {
        if (inputs.hasNext() && inFlight.size() < options.threads() * 2) {
          Article a = uniqueId(inputs.next(), seenIds);
          inFlight.add(pool.submit(() -> processor.process(a)));
          continue;
        }
        ArticleResult r = await(inFlight.removeFirst());
        out.write(r);
        read++;
        ok += r.ok() ? 1 : 0;
        tokens += r.tokens();
      }
    } finally {
      pool.shutdownNow();
    }
    long done = System.nanoTime();
    return new RunSummary(read, ok, read - ok, tokens, loadMillis, (done - loaded) / 1_000_000, options.out());
  }

  /** A second article with an id already used gets "~2", "~3", ... in input order, and a warning. */
  private static Article uniqueId(Article a, Map<String, Integer> seen) {
    int n = seen.merge(a.id(), 1, Integer::sum);
    if (n == 1) {
      return a;
    }
    String id = a.id() + "~" + n;
    LOG.warn("duplicate article id {} in {}: renamed to {}", a.id(), a.source(), id);
    return a.withId(id);
  }

  private static ArticleResult await(Future<ArticleResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("run interrupted", e);
    } catch (ExecutionException e) {
      // process() catches everything per article; reaching here is a bug in Dateline itself.
      throw new IllegalStateException("internal error while processing an article", e.getCause());
    }
  }
}
