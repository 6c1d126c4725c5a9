package org.dateline.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything a run is told, built once by the CLI and never changed.
 *
 * @param inputs      files, folders or "-" (JSONL on stdin); empty means the bundled samples
 * @param out         output folder for the tables
 * @param defaultDate publication date for articles that carry none (ISO yyyy-MM-dd), or null
 * @param threads     articles annotated at the same time
 * @param nerModels   CoreNLP CRF models for {@code ner.model}
 * @param maxSentenceTokens longer sentences are not tagged
 * @param timings     write per-article milliseconds (the one column that differs between identical runs)
 * @param modelsDir   folder with our own lexicons (models/), or null for the copy bundled in the jar
 * @param extractions what to extract (the tables asked for); decides which CoreNLP annotators run
 */
public record Options(List<String> inputs, Path out, String defaultDate, int threads, String nerModels,
                      int maxSentenceTokens, boolean timings, Path modelsDir, Set<Extraction> extractions) {

  public Options {
    inputs = List.copyOf(inputs);
    extractions = Set.copyOf(extractions);
  }

  /** Options that extract everything ({@link Extraction#ALL}). */
  public Options(List<String> inputs, Path out, String defaultDate, int threads, String nerModels,
                 int maxSentenceTokens, boolean timings, Path modelsDir) {
    this(inputs, out, defaultDate, threads, nerModels, maxSentenceTokens, timings, modelsDir, Extraction.ALL);
  }
}
