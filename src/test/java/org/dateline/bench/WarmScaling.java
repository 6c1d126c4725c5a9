package org.dateline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dateline.config.ActorFiles;
import org.dateline.input.ArticleInputs;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.corenlp.NlpSettings;
import org.dateline.config.OutputMode;
import org.dateline.config.ArticleLimits;
import org.dateline.config.Options;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;

/**
 * Benchmark (not shipped, not a test): thread scaling in one warm JVM, the way issue 5's plain-CoreNLP table was
 * measured. A fresh JVM's 1-thread run borrows the idle second core for JIT compilation and garbage collection, so
 * on 2 cores it cannot show what a second worker thread adds; here the models load once, one untimed pass over the
 * input compiles the hot code, then each thread count gets a timed pass of the same articles through the real
 * pipeline (tables written to a temporary folder). Args: INPUT TABLES THREADS, e.g.
 * {@code slice.jsonl entities,quotes,events 1,2,1,2} (the second round is the one to read: the first still compiles).
 */
public final class WarmScaling {

  private WarmScaling() {
  }

  public static void main(String[] args) throws Exception {
    Set<String> tables = Set.of(args[1].split(","));
    List<Integer> threads = Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList();
    Path out = Files.createTempDirectory("warm-scaling");
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(new Pipeline(options(args[0], out, 1, tables)).nlpSettings());
    pass("warm-up", options(args[0], out, Collections.max(threads), tables), nlp);
    for (int t : threads) {
      pass("timed", options(args[0], out, t, tables), nlp);
    }
  }

  private static void pass(String label, Options o, CoreNlpAnnotator nlp) {
    try (ArticleInputs in = ArticleInputs.open(o.inputs(), null)) {
      RunSummary s = new Pipeline(o).run(in, nlp, 0);
      System.err.printf("%s, %d thread(s): %s%n", label, o.threads(), s.describe());
    }
  }

  /** What {@code extract --threads N --tables TABLES --no-timings --overwrite} builds. */
  private static Options options(String input, Path out, int threads, Set<String> tables) {
    return new Options(List.of(input), out, null, threads, NlpSettings.DEFAULT_MODELS, 150, false, null,
        ArticleLimits.DEFAULT, OutputMode.OVERWRITE, false, tables, false, ActorFiles.BUNDLED);
  }
}
