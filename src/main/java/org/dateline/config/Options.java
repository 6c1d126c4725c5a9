package org.dateline.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that decides which rows an article gives, shared by {@code extract}, {@code eval} and the Spark job
 * (which ships it to its executors, hence serializable). Every default is here and nowhere else; the command-line
 * flags that fill it are {@link OptionFlags}. How a run is carried out (inputs, output folder, threads) is
 * {@link RunOptions}, beside it.
 *
 * @param tables            what to extract (entities always: the others build on them); the CoreNLP annotators
 *                          follow from it ({@link #needsParse})
 * @param nerModels         CoreNLP NER model paths; empty for CoreNLP's default three CRF models
 * @param maxSentenceTokens longer sentences are not tagged, which bounds time and memory
 * @param maxArticleChars   longer articles are truncated at a paragraph or word break, with a warning
 * @param articleTimeout    an article still running after this long fails and the run goes on
 * @param defaultDate       publication date (ISO yyyy-MM-dd) for articles whose input gives none; empty for none
 * @param timings           fill the {@code millis} column, the one cell that differs between identical runs
 * @param modelsDir         folder with an edited copy of Dateline's {@code models/}; empty for the bundled copy
 * @param actorFiles        actor and agent dictionaries used instead of the bundled ones
 * @param aliasFiles        the user's alias tables ({@code --aliases}), read after the bundled
 *                          {@code models/identity/aliases.tsv}, a later file winning
 */
public record Options(Set<Extraction> tables, List<String> nerModels, int maxSentenceTokens, int maxArticleChars,
                      Duration articleTimeout, String defaultDate, boolean timings, String modelsDir,
                      ActorFiles actorFiles, List<String> aliasFiles) implements Serializable {

  public static final int MAX_SENTENCE_TOKENS = 150;
  /**
   * Longer runs of non-space characters (base64 images, long URLs, letters run together) are hidden from the
   * taggers: never a name or a date, and a tagger's features over one giant token cost minutes and gigabytes.
   */
  public static final int MAX_TOKEN_CHARS = 64;
  /**
   * About 6,500 words, three times a long news story (the longest of 2,255 Wikinews articles has 29,000
   * characters, of every dev set 34,000): it bounds an article's cost by construction, under 10 CPU s with every
   * table, as the per-token cost of the annotators is what it is. Longer features are cut, with a warning.
   */
  public static final int MAX_ARTICLE_CHARS = 40_000;
  /** Generous: a long news article takes seconds; only pathological input comes near five minutes. */
  public static final int ARTICLE_TIMEOUT_SECONDS = 300;
  /**
   * The report shows this many articles in full (their texts are kept in texts/ for it): enough to judge the
   * output in context, while the report of a million-article run stays a few megabytes.
   */
  public static final int REPORT_ARTICLES = 50;
  /** The fields of a JSON or CSV input record, unless --id-column, --text-column ... name others. */
  public static final String ID_FIELD = "id";
  public static final String TEXT_FIELD = "text";
  public static final String TITLE_FIELD = "title";
  public static final String DATE_FIELD = "date";
  public static final String URL_FIELD = "url";
  public static final InputFields INPUT_FIELDS = new InputFields(ID_FIELD, TEXT_FIELD, TITLE_FIELD, DATE_FIELD,
      URL_FIELD);

  /** The formats extract writes unless --format names others: CSV, which every run writes. */
  public static final Set<TableFormat> FORMATS = Set.of(TableFormat.CSV);

  /** Every table, CoreNLP's models, the limits above, timings on: what {@code extract} does unless told. */
  public static final Options DEFAULTS = new Options(EnumSet.allOf(Extraction.class), List.of(), MAX_SENTENCE_TOKENS,
      MAX_ARTICLE_CHARS, Duration.ofSeconds(ARTICLE_TIMEOUT_SECONDS), "", true, "", ActorFiles.BUNDLED,
      List.of());

  public Options {
    Set<Extraction> all = EnumSet.of(Extraction.ENTITIES);
    all.addAll(tables);
    tables = Set.copyOf(all);
    nerModels = List.copyOf(nerModels);
    defaultDate = defaultDate == null ? "" : defaultDate;
    modelsDir = modelsDir == null ? "" : modelsDir;
    aliasFiles = aliasFiles == null ? List.of() : List.copyOf(aliasFiles);
    if (maxSentenceTokens < 1 || maxArticleChars < 1 || articleTimeout.isNegative() || articleTimeout.isZero()) {
      throw new UsageException("--max-sentence-tokens, --max-article-chars and --article-timeout must be at least 1");
    }
  }

  /** Quotes and events need the dependency parse; entities alone do not. */
  public boolean needsParse() {
    return tables.stream().anyMatch(Extraction::needsParse);
  }

  public boolean extracts(Extraction e) {
    return tables.contains(e);
  }

  /**
   * Everything here that changes rows, as one line: a resumed run must have the same, or its tables would mix
   * two kinds of output. The time limit is left out: it decides only whether a slow article fails.
   */
  public String describe() {
    return "date=" + defaultDate + " ner-models=" + String.join(",", nerModels) + " max-sentence-tokens="
        + maxSentenceTokens + " max-article-chars=" + maxArticleChars + " timings=" + timings + " models="
        + modelsDir + " tables=" + Extraction.labels(tables)
        + (actorFiles.equals(ActorFiles.BUNDLED) ? "" : " " + actorFiles.describe())
        + (aliasFiles.isEmpty() ? "" : " aliases=" + String.join(",", aliasFiles));
  }

  public Options withTables(Set<Extraction> only) {
    return new Options(only, nerModels, maxSentenceTokens, maxArticleChars, articleTimeout, defaultDate, timings,
        modelsDir, actorFiles, aliasFiles);
  }

  public Options withAliasFiles(List<String> files) {
    return new Options(tables, nerModels, maxSentenceTokens, maxArticleChars, articleTimeout, defaultDate, timings,
        modelsDir, actorFiles, files);
  }

  public Options withActorFiles(ActorFiles files) {
    return new Options(tables, nerModels, maxSentenceTokens, maxArticleChars, articleTimeout, defaultDate, timings,
        modelsDir, files, aliasFiles);
  }

  /** Without timings: repeated runs give byte-identical tables (tests, eval). */
  public Options withoutTimings() {
    return new Options(tables, nerModels, maxSentenceTokens, maxArticleChars, articleTimeout, defaultDate, false,
        modelsDir, actorFiles, aliasFiles);
  }

  public Options withLimits(int maxChars, Duration timeout) {
    return new Options(tables, nerModels, maxSentenceTokens, maxChars, timeout, defaultDate, timings, modelsDir,
        actorFiles, aliasFiles);
  }
}
