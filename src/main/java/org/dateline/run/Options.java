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
 * @param tables      the optional tables to fill ({@link #ENTITIES}, {@link #QUOTES}, {@link #EVENTS}); the
 *                    annotators are derived from it (the dependency parse only for quotes and events)
 */
public record Options(List<String> inputs, Path out, String defaultDate, int threads, String nerModels,
                      int maxSentenceTokens, boolean timings, Path modelsDir, Set<String> tables) {

  public static final String ENTITIES = "entities";
  public static final String QUOTES = "quotes";
  public static final String EVENTS = "events";
  public static final Set<String> ALL_TABLES = Set.of(ENTITIES, QUOTES, EVENTS);

  public Options {
    inputs = List.copyOf(inputs);
    tables = Set.copyOf(tables);
  }

  /** Every table (the default of the CLI). */
  public Options(List<String> inputs, Path out, String defaultDate, int threads, String nerModels,
                 int maxSentenceTokens, boolean timings, Path modelsDir) {
    this(inputs, out, defaultDate, threads, nerModels, maxSentenceTokens, timings, modelsDir, ALL_TABLES);
  }

  /** Quotes and events need the dependency parse; entities alone do not. */
  public boolean needsParse() {
    return tables.contains(QUOTES) || tables.contains(EVENTS);
  }
}
