package org.dateline.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.input.UsageException;
import org.dateline.nlp.NlpSettings;
import org.dateline.output.OutputMode;
import org.dateline.run.ArticleLimits;
import org.dateline.run.Options;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline extract}: articles in, tables out. Thin: builds the options and runs the pipeline. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Extract people, places, organizations, dates and quotes from news articles into CSV tables.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every article was processed", "1:some articles failed (their rows say why)",
        "2:usage error, e.g. a missing input or a non-empty --out folder (nothing was written)"})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files or folders (searched recursively): .txt, .html/.htm, .jsonl(.gz), .csv; "
          + "'-' reads JSONL from standard input. Default: the bundled sample articles.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
      description = "Folder for the tables (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles whose input gives none; otherwise it is inferred from the "
          + "text. Relative dates (\"last year\", \"Tuesday\") are resolved against it.")
  String date;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles processed at the same time (default: all ${sys:dateline.cores} cores).")
  Integer threads;

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

  @Option(names = "--overwrite", description = "Replace the tables of a previous run in --out.")
  boolean overwrite;

  @Option(names = "--resume", description = "Continue an interrupted run in --out, processing only the articles "
      + "it had not finished (same inputs and options required); on a new or empty folder, start the run.")
  boolean resume;

  @Option(names = "--excel", description = "Tables for spreadsheets: a UTF-8 byte-order mark, and cells starting "
      + "with = + - @ tab or carriage return prefixed with ' so they cannot run as formulas. Without it the data "
      + "is written byte-exact.")
  boolean excel;

  @Option(names = "--models", paramLabel = "DIR",
      description = "Folder with Dateline's own lexicons (an edited copy of models/); default: the bundled copy.")
  Path modelsDir;

  @Option(names = "--tables", paramLabel = "LIST", split = ",", defaultValue = "entities,quotes,events",
      description = "Extractions to run: entities, quotes, events (default: ${DEFAULT-VALUE}). Entities always run "
          + "(the others build on them); quotes and events need CoreNLP's dependency parser, which roughly doubles "
          + "the time per article. Tables of stages not run hold only their header.")
  Set<String> tables;

  @Option(names = "--no-timings", negatable = false,
      description = "Leave the millis column empty, so repeated runs give byte-identical tables.")
  boolean noTimings;

  @Mixin
  LoggingOptions logging;

  @Override
  public Integer call() {
    if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new UsageException("--date must be an ISO date like 2026-01-30, not '" + date + "'");
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int n = threads == null ? cores : threads;
    if (n < 1) {
      throw new UsageException("--threads must be at least 1");
    }
    if (overwrite && resume) {
      throw new UsageException("--overwrite and --resume exclude each other: --overwrite starts the run again, "
          + "--resume continues it");
    }
    if (maxArticleChars < 1 || articleTimeoutSeconds < 1 || maxSentenceTokens < 1) {
      throw new UsageException("--max-article-chars, --article-timeout and --max-sentence-tokens must be at least 1");
    }
    List<String> in = inputs.isEmpty() ? List.of(Samples.location()) : inputs;
    if (!Options.ALL_TABLES.containsAll(tables)) {
      throw new UsageException("--tables takes entities, quotes and events, not " + tables);
    }
    OutputMode mode = overwrite ? OutputMode.OVERWRITE : resume ? OutputMode.RESUME : OutputMode.FRESH;
    ArticleLimits limits = new ArticleLimits(Duration.ofSeconds(articleTimeoutSeconds), maxArticleChars);
    Options options = new Options(in, out, date, n, nerModels, maxSentenceTokens, !noTimings, modelsDir, limits,
        mode, excel, tables, !logging.quiet && Terminal.stderrIsTerminal());
    RunSummary summary = new Pipeline(options).run();
    System.err.println("dateline: " + summary.describe());
    return summary.failed() == 0 ? 0 : FailureHandler.FAILURE;
  }
}
