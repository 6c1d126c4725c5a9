package org.dateline.config;

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
 * @param limits      per-article time and length limits
 * @param outputMode  what to do with an output folder that already holds files
 * @param excel       write tables for spreadsheets: byte-order mark, formula injection neutralized
 * @param tables      the optional tables to fill ({@link #ENTITIES}, {@link #QUOTES}, {@link #EVENTS}); the
 *                    annotators are derived from it (the dependency parse only for quotes and events)
 * @param progressBar draw a progress bar on stderr (a terminal); otherwise progress is logged every half minute
 * @param actorFiles  actor and agent dictionaries that code the events' actors instead of the bundled ones
 */
public record Options(List<String> inputs, Path out, String defaultDate, int threads, String nerModels,
                      int maxSentenceTokens, boolean timings, Path modelsDir, ArticleLimits limits,
                      OutputMode outputMode, boolean excel, Set<String> tables, boolean progressBar,
                      ActorFiles actorFiles) {

  public static final String ENTITIES = "entities";
  public static final String QUOTES = "quotes";
  public static final String EVENTS = "events";
  public static final Set<String> ALL_TABLES = Set.of(ENTITIES, QUOTES, EVENTS);

  public Options {
    inputs = List.copyOf(inputs);
    tables = Set.copyOf(tables);
  }

  /** Quotes and events need the dependency parse; entities alone do not. */
  public boolean needsParse() {
    return tables.contains(QUOTES) || tables.contains(EVENTS);
  }

  /**
   * Every table, default limits, plain CSV, and Dateline's own files in {@code out} replaced: what tests and the eval command,
   * which write to their own folders over and over, expect.
   */
  public Options(List<String> inputs, Path out, String defaultDate, int threads, String nerModels,
                 int maxSentenceTokens, boolean timings, Path modelsDir) {
    this(inputs, out, defaultDate, threads, nerModels, maxSentenceTokens, timings, modelsDir, ArticleLimits.DEFAULT,
        OutputMode.OVERWRITE, false, ALL_TABLES, false, ActorFiles.BUNDLED);
  }

  /**
   * Everything that changes which rows a run writes, as one line. A resumed run must have the same, or its
   * tables would mix two kinds of output; threads, the time limit and --excel may differ.
   */
  public String settings() {
    return "inputs=" + inputs + " date=" + (defaultDate == null ? "" : defaultDate) + " ner-models=" + nerModels
        + " max-sentence-tokens=" + maxSentenceTokens + " max-article-chars=" + limits.maxChars()
        + " timings=" + timings + " models=" + (modelsDir == null ? "" : modelsDir)
        + " tables=" + new java.util.TreeSet<>(tables)
        + (actorFiles.equals(ActorFiles.BUNDLED) ? "" : " " + actorFiles.describe());
  }

  /** The same options filling only {@code only} (eval and tests score one table at a time). */
  public Options withTables(Set<String> only) {
    return new Options(inputs, out, defaultDate, threads, nerModels, maxSentenceTokens, timings, modelsDir, limits,
        outputMode, excel, only, progressBar, actorFiles);
  }

  /** The same options coding actors with {@code files} (eval with PETRARCH's dictionaries). */
  public Options withActorFiles(ActorFiles files) {
    return new Options(inputs, out, defaultDate, threads, nerModels, maxSentenceTokens, timings, modelsDir, limits,
        outputMode, excel, tables, progressBar, files);
  }
}
