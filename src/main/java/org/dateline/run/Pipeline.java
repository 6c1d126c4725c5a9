package org.dateline.run;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dateline.config.Options;
import org.dateline.config.RunInterrupted;
import org.dateline.config.RunOptions;
import org.dateline.config.TableFormat;
import org.dateline.config.UsageException;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.input.ArticleInputs;
import org.dateline.output.OutputFolder;
import org.dateline.output.OutputLock;
import org.dateline.output.RunProgress;
import org.dateline.output.RunStart;
import org.dateline.identity.AliasTable;
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
  private final RunOptions run;

  public Pipeline(Options options, RunOptions run) {
    this.options = options;
    this.run = run;
  }

  /**
   * Reads the inputs named in the run options, locks the output folder, loads the models once and processes every
   * article. Everything the user can get wrong (inputs, options, an unwritable or busy --out, too small a heap) is
   * a {@link UsageException} before the models load; a failure after that is a {@link org.dateline.config.RunAborted}.
   */
  public RunSummary run() {
    long t0 = System.nanoTime();
    ArticleProcessor.checkFiles(options);
    try (ArticleInputs inputs = ArticleInputs.open(run.inputs(), options.defaultDate(), System.in, run.fields())) {
      // Before the output folder is locked (or created): inputs with nothing to read leave no trace.
      inputs.requireReadable();
      try (ShutdownNotice notice = ShutdownNotice.install();
           OutputLock lock = OutputLock.acquire(run.out())) {
        // Checked again once the lock is held: only now can no other run change the folder.
        notice.finished(OutputFolder.check(run.out(), run.mode(), settings()).finished());
        CompletableFuture<OptionalLong> total = inputs.countInBackground();
        HeapCheck.require(options.needsParse(), run.threads());
        if (run.progressBar()) {
          // A terminal user would otherwise stare at a silent prompt for half a minute.
          System.err.println("dateline: loading models (about 30 s)…");
        }
        CoreNlpAnnotator nlp = HeapCheck.load(() -> CoreNlpAnnotator.shared(options));
        notice.check();
        return run(inputs, nlp, (System.nanoTime() - t0) / 1_000_000, total, notice);
      }
    }
  }

  /** Processes {@code articles} with an already loaded annotator (shared by tests and the eval command). */
  public RunSummary run(Iterator<Article> inputs, CoreNlpAnnotator nlp, long loadMillis) {
    return run(inputs, nlp, loadMillis, CompletableFuture.completedFuture(OptionalLong.empty()), ShutdownNotice.NONE);
  }

  /**
   * Everything that changes which rows the run writes, as one line: a resumed run must have the same inputs and
   * options; threads, the time limit, --excel and --format may differ.
   */
  private String settings() {
    return "inputs=" + run.inputs() + " " + options.describe() + run.fields().describe();
  }

  private RunSummary run(Iterator<Article> inputs, CoreNlpAnnotator nlp, long loadMillis,
                         CompletableFuture<OptionalLong> total, ShutdownNotice notice) {
    long loaded = System.nanoTime();
    long cpuAtStart = ProcessUse.cpuMillis();
    notice.looping();
    RunProgress progress = OutputFolder.prepare(run.out(), run.mode(), settings());
    List<String> done = progress.finishedIds();
    ArticleProcessor processor = new ArticleProcessor(nlp, options);
    long index = 0;
    long processed = 0;
    long failed = 0;
    long tokens = 0;
    ExecutorService pool = Executors.newFixedThreadPool(run.threads());
    Deque<Future<ArticleResult>> inFlight = new ArrayDeque<>();
    Map<String, Integer> seenIds = new HashMap<>();
    ProgressMeter meter = new ProgressMeter(run.progressBar() ? System.err : null, total, done.size());
    RunStart start = RunStart.now(run.inputs(), options, run.threads(),
        run.formats().stream().map(TableFormat::label).sorted().toList(), run.fields());
    try (TableWriters out = new TableWriters(run.out(), progress, settings(), options.timings(), run.excel())
        .recording(start).formats(run.formats())
        .aliases(AliasTable.load(options.modelsDir(), options.aliasFiles()))) {
      try {
        while (inputs.hasNext() || !inFlight.isEmpty()) {
          notice.check();
          if (inputs.hasNext() && inFlight.size() < run.threads() * IN_FLIGHT_PER_THREAD) {
            Article a = uniqueId(inputs.next(), seenIds);
            if (index < done.size()) {
              sameAsBefore(a, done.get((int) index), index);
            } else {
              inFlight.add(pool.submit(() -> processor.process(a)));
            }
            index++;
            continue;
          }
          ArticleResult r = await(inFlight.removeFirst(), notice);
          out.write(r);
          processed++;
          notice.finished(done.size() + processed);
          failed += r.ok() ? 0 : 1;
          tokens += r.tokens();
          meter.advance(r.tokens());
        }
        if (index < done.size()) {
          throw new UsageException("cannot resume in " + run.out() + ": the interrupted run finished "
              + done.size() + " articles but the inputs now hold only " + index + "; resume with the same inputs");
        }
      } catch (RuntimeException | Error e) {
        out.abandon();
        throw e;
      }
    } catch (UsageException | RunInterrupted e) {
      throw e;
    } catch (RuntimeException | Error e) {
      throw RunFailures.aborted(e, run.out(), done.size() + processed);
    } finally {
      meter.finish();
      pool.shutdownNow();
    }
    long read = done.size() + processed;
    long allFailed = progress.failed() + failed;
    long millis = (System.nanoTime() - loaded) / 1_000_000;
    return new RunSummary(read, read - allFailed, allFailed, tokens, loadMillis, millis,
        ProcessUse.cpuMillis() - cpuAtStart, ProcessUse.peakRssBytes(), run.out(), done.size());
  }

  /** The n-th article must be the one the interrupted run finished as n-th, or the tables would not fit. */
  private void sameAsBefore(Article a, String finishedId, long index) {
    if (!a.id().equals(finishedId)) {
      throw new UsageException("cannot resume in " + run.out() + ": article " + (index + 1) + " of the inputs "
          + "is '" + a.id() + "' but the interrupted run finished '" + finishedId + "' there; resume with the same "
          + "inputs in the same order, or use --overwrite to start again");
    }
  }

  /** A second article with an id already used gets "~2", "~3", ... in input order, and a warning. */
  private static Article uniqueId(Article a, Map<String, Integer> seen) {
    return DuplicateIds.numbered(a, seen.merge(a.id(), 1, Integer::sum));
  }

  /** The next result in input order; polls, so that a signal stops the run even while a long article runs. */
  private static ArticleResult await(Future<ArticleResult> f, ShutdownNotice notice) {
    try {
      while (true) {
        notice.check();
        try {
          return f.get(200, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // not yet: look at the notice again
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("run interrupted", e);
    } catch (ExecutionException e) {
      // process() catches everything per article; reaching here is a bug in Dateline itself.
      throw new IllegalStateException("internal error while processing an article", e.getCause());
    }
  }
}
