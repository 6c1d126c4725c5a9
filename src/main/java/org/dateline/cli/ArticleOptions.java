package org.dateline.cli;

import java.time.Duration;
import java.util.Set;
import org.dateline.config.ActorFiles;
import org.dateline.config.UsageException;
import org.dateline.corenlp.NlpSettings;
import org.dateline.config.ArticleLimits;
import org.dateline.config.Options;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that decide what rows an article gives, shared by every command that processes articles (the
 * {@code extract} command and the Spark job), so both take the same names, defaults and checks.
 */
public final class ArticleOptions {

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles whose input gives none; otherwise it is inferred from the "
          + "text. Relative dates (\"last year\", \"Tuesday\") are resolved against it.")
  String date;

  @Option(names = "--ner-models", paramLabel = "PATHS",
      description = "Comma-separated CoreNLP NER models (default: CoreNLP's three CRF models; the 3-class one alone "
          + "is faster, see docs/PERFORMANCE.md).")
  String nerModels = NlpSettings.DEFAULT_MODELS;

  @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "150",
      description = "Sentences longer than this are not tagged (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens;

  @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "200000",
      description = "Longer articles are truncated to N characters (at a paragraph or word break) and say so in "
          + "the warning column of articles.csv (default: ${DEFAULT-VALUE}).")
  int maxArticleChars;

  @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "300",
      description = "An article still being processed after this long is marked failed and the run goes on "
          + "(default: ${DEFAULT-VALUE}).")
  long articleTimeoutSeconds;

  @Option(names = "--tables", paramLabel = "LIST", split = ",", defaultValue = "entities,quotes,events",
      description = "Extractions to run: entities, quotes, events (default: ${DEFAULT-VALUE}). Entities always run "
          + "(the others build on them); quotes and events need CoreNLP's dependency parser, which roughly doubles "
          + "the time per article. Tables of stages not run hold only their header.")
  Set<String> tables;

  @Mixin
  ActorOptions actors = new ActorOptions();

  @Option(names = "--no-timings", negatable = false,
      description = "Leave the millis column empty, so repeated runs give byte-identical tables.")
  boolean noTimings;

  /** What picocli cannot check by type: a usage error naming the option and what it takes. */
  public void check() {
    if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new UsageException("--date must be an ISO date like 2026-01-30, not '" + date + "'");
    }
    if (maxArticleChars < 1 || articleTimeoutSeconds < 1 || maxSentenceTokens < 1) {
      throw new UsageException("--max-article-chars, --article-timeout and --max-sentence-tokens must be at least 1");
    }
    if (!Options.ALL_TABLES.containsAll(tables)) {
      throw new UsageException("--tables takes entities, quotes and events, not " + tables);
    }
    actors.check();
  }

  /** The --date value, or null when not given. */
  public String date() {
    return date;
  }

  public String nerModels() {
    return nerModels;
  }

  public int maxSentenceTokens() {
    return maxSentenceTokens;
  }

  public Set<String> tables() {
    return Set.copyOf(tables);
  }

  public boolean timings() {
    return !noTimings;
  }

  /** The --actors and --agents dictionaries; empty lists for the bundled ones. */
  public ActorFiles actorFiles() {
    return actors.files();
  }

  public ArticleLimits limits() {
    return new ArticleLimits(Duration.ofSeconds(articleTimeoutSeconds), maxArticleChars);
  }
}
