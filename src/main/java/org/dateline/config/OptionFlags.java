package org.dateline.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The command-line flags of {@link Options}, shared as a picocli mixin by every command that processes articles
 * ({@code extract}, {@code eval}, the Spark job), so all take the same names and checks. Defaults come from
 * {@link Options}; what picocli cannot check by type is checked by {@link #toOptions}, before any model loads.
 */
public final class OptionFlags {

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles whose input gives none; otherwise it is inferred from the "
          + "text. Relative dates (\"last year\", \"Tuesday\") are resolved against it.")
  String date;

  @Option(names = "--ner-models", paramLabel = "PATHS", split = ",",
      description = "Comma-separated CoreNLP NER models (default: CoreNLP's three CRF models; the 3-class one alone "
          + "is faster, see docs/PERFORMANCE.md).")
  List<String> nerModels = new ArrayList<>();

  @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + Options.MAX_SENTENCE_TOKENS,
      description = "Sentences longer than this are not tagged (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens;

  @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + Options.MAX_ARTICLE_CHARS,
      description = "Longer articles are truncated to N characters (at a paragraph or word break) and say so in "
          + "the warning column of articles.csv (default: ${DEFAULT-VALUE}).")
  int maxArticleChars;

  @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "" + Options.ARTICLE_TIMEOUT_SECONDS,
      description = "An article still being processed after this long is marked failed and the run goes on "
          + "(default: ${DEFAULT-VALUE}).")
  long articleTimeoutSeconds;

  @Option(names = "--tables", paramLabel = "LIST", split = ",",
      description = "Extractions to run: entities, quotes, events (default: all three for extract, what the task "
          + "needs for eval). Entities always run (the others build on them); quotes and events need CoreNLP's "
          + "dependency parser, which roughly doubles the time per article. Tables of stages not run hold only "
          + "their header.")
  List<String> tables;

  @Option(names = "--actors", paramLabel = "FILE", split = ",",
      description = "Actor dictionaries (names to CAMEO country/actor codes) used instead of the bundled "
          + "models/events/actors.tsv: Dateline .tsv tables or PETRARCH/Phoenix dictionaries (any other file). "
          + "Comma-separated or repeated; a later file's entry for a name wins.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--agents", paramLabel = "FILE", split = ",",
      description = "Agent dictionaries (role nouns to agent codes such as GOV, MIL, COP) used instead of the "
          + "bundled models/events/agents.tsv: .tsv tables or PETRARCH agent dictionaries.")
  List<String> agents = new ArrayList<>();

  @Option(names = "--aliases", paramLabel = "FILE", split = ",",
      description = "Your own alias tables (variant<TAB>name<TAB>type lines, as models/identity/aliases.tsv), read "
          + "after the bundled one: each variant gets the entity_key of the name it stands for. Comma-separated or "
          + "repeated; a later file's line for a variant wins.")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--no-timings", negatable = false,
      description = "Leave the millis column empty, so repeated runs give byte-identical tables.")
  boolean noTimings;

  /**
   * The options these flags give, with {@code modelsDir} (empty for the bundled lexicons) and every table unless
   * --tables says otherwise. A bad value is a usage error naming the flag.
   */
  public Options toOptions(String modelsDir) {
    return toOptions(modelsDir, Options.DEFAULTS.tables());
  }

  /** As {@link #toOptions(String)}, filling {@code defaultTables} unless --tables says otherwise. */
  public Options toOptions(String modelsDir, Set<Extraction> defaultTables) {
    if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new UsageException("--date must be an ISO date like 2026-01-30, not '" + date + "'");
    }
    if (articleTimeoutSeconds < 1) {
      throw new UsageException("--article-timeout must be at least 1");
    }
    return new Options(tables == null ? defaultTables : Extraction.parse(tables), nerModels, maxSentenceTokens, maxArticleChars,
        Duration.ofSeconds(articleTimeoutSeconds), date, !noTimings, modelsDir, new ActorFiles(actors, agents),
        aliases);
  }
}
