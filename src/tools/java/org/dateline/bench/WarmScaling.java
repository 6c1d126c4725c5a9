package org.dateline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dateline.config.Extraction;
import org.dateline.config.Options;
import org.dateline.config.RunOptions;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.input.ArticleInputs;
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
    Options options = Options.DEFAULTS.withoutTimings().withTables(Extraction.parse(List.of(args[1].split(","))));
    List<Integer> threads = Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList();
    Path out = Files.createTempDirectory("warm-scaling");
    CoreNlpAnnotator nlp = CoreNlpAnnotator.shared(options);
    pass("warm-up", args[0], options, RunOptions.into(out, Collections.max(threads)), nlp);
    for (int t : threads) {
      pass("timed", args[0], options, RunOptions.into(out, t), nlp);
    }
  }

  private static void pass(String label, String input, Options o, RunOptions run, CoreNlpAnnotator nlp) {
    try (ArticleInputs in = ArticleInputs.open(List.of(input), null)) {
      RunSummary s = new Pipeline(o, run).run(in, nlp, 0);
      System.err.printf("%s, %d thread(s): %s%n", label, run.threads(), s.describe());
    }
  }
}
