package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.input.UsageException;
import org.dateline.nlp.NlpSettings;
import org.dateline.run.Options;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline extract}: articles in, tables out. Thin: builds the options and runs the pipeline. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Extract people, places, organizations, dates and quotes from news articles into CSV tables.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every article was processed", "1:some articles failed (their rows say why)",
        "2:usage error (nothing was written)"})
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
      description = "Comma-separated CoreNLP NER models (default: CoreNLP's three CRF models).")
  String nerModels = NlpSettings.DEFAULT_MODELS;

  @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "150",
      description = "Sentences longer than this are not tagged (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens;

  @Option(names = "--tables", paramLabel = "TABLE", split = ",", defaultValue = Tables.DEFAULT,
      description = Tables.HELP)
  List<String> tables;

  @Option(names = "--models", paramLabel = "DIR",
      description = "Folder with Dateline's own lexicons (an edited copy of models/); default: the bundled copy.")
  Path modelsDir;

  @Option(names = "--no-timings", negatable = false,
      description = "Leave the millis column empty, so repeated runs give byte-identical tables.")
  boolean noTimings;

  @Option(names = {"-q", "--quiet"}, description = "Only warnings and errors on stderr.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Debug logging, including CoreNLP's.")
  boolean verbose;

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
    List<String> in = inputs.isEmpty() ? List.of(Samples.location()) : inputs;
    Options options = new Options(in, out, date, n, nerModels, maxSentenceTokens, !noTimings, modelsDir,
        Tables.parse(tables));
    RunSummary summary = new Pipeline(options).run();
    System.err.println("dateline: " + summary.describe());
    return summary.failed() == 0 ? 0 : FailureHandler.FAILURE;
  }
}
