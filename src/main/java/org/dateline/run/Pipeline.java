package org.dateline.run;

import org.dateline.config.Options;
import org.dateline.doc.ArticleResult;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.doc.Article;
import org.dateline.input.ArticleInputs;
import org.dateline.config.UsageException;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.corenlp.NlpSettings;
import org.dateline.output.OutputFolder;
import org.dateline.output.RunProgress;
import org.dateline.output.TableWriters;

/**
 * The run: one loop over a lazy stream of articles. Articles are annotated on {@code threads} workers, but
 * results are written strictly in input order, so tables and ids are the same whatever the thread count. At
 * most {@link #IN_FLIGHT_PER_THREAD} articles per thread are in flight: memory does not grow with the corpus. Because finished articles
 * always form a prefix of the input, resuming an interrupted run means re-reading the inputs and skipping as
 * many articles as its journal recorded.
 */
public final class Pipeline {

  /**
   * Results leave in input order, so a long article at the head holds back the ones behind it; a window of several
   * articles per thread keeps the other threads busy meanwhile. Waiting results hold only their rows, and queued
   * articles only their text, so the window costs little memory.
   */
  static final int IN_FLIGHT_PER_THREAD = 8;

  private final Options options;

  public Pipeline(Options options) {
    this.options = options;
  }

  /** The CoreNLP configuration this run needs. */
  public NlpSettings nlpSettings() {
    return new NlpSettings(options.needsParse(), options.nerModels(), options.maxSentenceTokens(),
        options.modelsDir() == null ? null : options.modelsDir().toString());
  }

  /** Reads the inputs named in the options, loads the models once and processes every article. */
  public RunSummary run() {
    long t0 = System.nanoTime();
    // Usage mistakes about the output folder surface before the models load, and nothing is written.
    OutputFolder.check(options.out(), options.outputMode(), options.settings());
    try (ArticleInputs inputs = ArticleInputs.open(options.inputs(), options.defaultDate())) {
      CompletableFuture<OptionalLong> total = inputs.countInBackground();
      HeapCheck.require(options.needsParse(), options.threads());
      CoreNlpAnnotator nlp = HeapCheck.load(() -> new CoreNlpAnnotator(nlpSettings()));
      return run(inputs, nlp, (System.nanoTime() - t0) / 1_000_000, total);
    }
  }

  /** Processes {@code articles} with an already loaded annotator (shared by tests and the eval command). */
  public RunSummary run(Iterator<Article> inputs, CoreNlpAnnotator nlp, long loadMillis) {
    return run(inputs, nlp, loadMillis, CompletableFuture.completedFuture(OptionalLong.empty()));
  }

  private RunSummary run(Iterator<Article> inputs, CoreNlpAnnotator nlp, long loadMillis,
                         CompletableFuture<OptionalLong> total) {
    long loaded = System.nanoTime();
    long cpuAtStart = ProcessUse.cpuMillis();
    RunProgress progress = OutputFolder.prepare(options.out(), options.outputMode(), options.settings());
    List<String> done = progress.finishedIds();
    ArticleProcessor processor = new ArticleProcessor(nlp, options.limits(), options.tables(),
        options.actorFiles());
    long index = 0;
    long processed = 0;
    long failed = 0;
    long tokens = 0;
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    Deque<Future<ArticleResult>> inFlight = new ArrayDeque<>();
    Map<String, Integer> seenIds = new HashMap<>();
    ProgressMeter meter = new ProgressMeter(options.progressBar() ? System.err : null, total, done.size());
    try (TableWriters out = new TableWriters(options.out(), progress, options.settings(), options.timings(),
        options.excel())) {
      try {
        while (inputs.hasNext() || !inFlight.isEmpty()) {
          if (inputs.hasNext() && inFlight.size() < options.threads() * IN_FLIGHT_PER_THREAD) {
            Article a = uniqueId(inputs.next(), seenIds);
            if (index < done.size()) {
              sameAsBefore(a, done.get((int) index), index);
            } else {
              inFlight.add(pool.submit(() -> processor.process(a)));
            }
            index++;
            continue;
          }
          ArticleResult r = await(inFlight.removeFirst());
          out.write(r);
          processed++;
          failed += r.ok() ? 0 : 1;
          tokens += r.tokens();
          meter.advance(r.tokens());
        }
        if (index < done.size()) {
          throw new UsageException("cannot resume in " + options.out() + ": the interrupted run finished "
              + done.size() + " articles but the inputs now hold only " + index + "; resume with the same inputs");
        }
      } catch (RuntimeException | Error e) {
        out.abandon();
        throw e;
      }
    } finally {
      meter.finish();
      pool.shutdownNow();
    }
    long read = done.size() + processed;
    long allFailed = progress.failed() + failed;
    long millis = (System.nanoTime() - loaded) / 1_000_000;
    return new RunSummary(read, read - allFailed, allFailed, tokens, loadMillis, millis,
        ProcessUse.cpuMillis() - cpuAtStart, ProcessUse.peakRssBytes(), options.out(), done.size());
  }

  /** The n-th article must be the one the interrupted run finished as n-th, or the tables would not fit. */
  private void sameAsBefore(Article a, String finishedId, long index) {
    if (!a.id().equals(finishedId)) {
      throw new UsageException("cannot resume in " + options.out() + ": article " + (index + 1) + " of the inputs "
          + "is '" + a.id() + "' but the interrupted run finished '" + finishedId + "' there; resume with the same "
          + "inputs in the same order, or use --overwrite to start again");
    }
  }

  /** A second article with an id already used gets "~2", "~3", ... in input order, and a warning. */
  private static Article uniqueId(Article a, Map<String, Integer> seen) {
    return DuplicateIds.numbered(a, seen.merge(a.id(), 1, Integer::sum));
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
