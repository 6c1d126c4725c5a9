package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.config.FailureHandler;
import org.dateline.config.InputColumns;
import org.dateline.config.OptionFlags;
import org.dateline.config.Options;
import org.dateline.config.OutputMode;
import org.dateline.config.RunOptions;
import org.dateline.config.TableFormat;
import org.dateline.config.UsageException;
import org.dateline.config.Version;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline extract}: articles in, tables out. Thin: builds the options and runs the pipeline. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Extract people, places, organizations, dates, quotes and events from news articles into CSV tables.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every article was processed", "1:some articles failed (their rows say why)",
        "2:usage error, e.g. a missing input, a non-empty, unwritable or busy --out folder, too small a heap "
            + "(nothing was written)",
        "3:run aborted (disk full, I/O or internal error): nothing published; --resume continues",
        "130/143:interrupted by Ctrl-C/SIGTERM; --resume continues"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -Xmx4g -jar target/dateline.jar extract --overwrite",
        "      the bundled sample articles into output/",
        "  java -Xmx4g -jar target/dateline.jar extract --out tables news/",
        "      every .txt, .html, .json(l) and .csv file under news/ into tables/",
        "  java -Xmx4g -jar target/dateline.jar extract --text-column body export.csv",
        "      a CSV (or JSON) export whose text column is called body",
        "  java -Xmx4g -jar target/dateline.jar extract --tables entities news.jsonl.gz",
        "      names and dates only: no parser, about half the time",
        "  java -Xmx4g -jar target/dateline.jar extract --format csv,parquet,xlsx --out tables news/",
        "      typed Parquet files and an Excel workbook beside the CSV tables",
        "  java -Xmx4g -jar target/dateline.jar extract --resume --out tables news/",
        "      continue an interrupted run",
        "%n-Xmx4g gives Java the 2-4 GB CoreNLP's models need; give more for many --threads (see "
            + "docs/PERFORMANCE.md)."})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files or folders (searched recursively): .txt, .html/.htm(.gz), .jsonl(.gz), .json(.gz) "
          + "(JSON Lines, an array or pretty-printed records), .csv, .warc(.gz); '-' reads JSONL from standard "
          + "input. Default: the bundled sample articles.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
      description = "Folder for the tables (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles processed at the same time (default: one per core).")
  Integer threads;

  @Option(names = "--overwrite", description = "Replace the tables of a previous run in --out.")
  boolean overwrite;

  @Option(names = "--resume", description = "Continue an interrupted run in --out, processing only the articles "
      + "it had not finished (same inputs and options required); on a new or empty folder, start the run.")
  boolean resume;

  @Option(names = "--excel", description = "Tables for spreadsheets: a UTF-8 byte-order mark, and cells starting "
      + "with = + - @ tab or carriage return prefixed with ' so they cannot run as formulas. Without it the data "
      + "is written byte-exact.")
  boolean excel;

  @Option(names = "--format", paramLabel = "LIST", defaultValue = "csv",
      description = "Formats of the tables, comma-separated: csv, jsonl, parquet (typed columns), xlsx (one "
          + "workbook, a sheet per table, codes kept as text). CSV is always written (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--models", paramLabel = "DIR",
      description = "Folder with Dateline's own lexicons (an edited copy of models/); default: the bundled copy.")
  Path modelsDir;

  @Mixin
  InputColumns columns;

  @Mixin
  OptionFlags flags;

  @Mixin
  LoggingOptions logging;

  @Override
  public Integer call() {
    Options options = flags.toOptions(modelsDir == null ? "" : modelsDir.toString());
    Set<TableFormat> formats = TableFormat.parse(format);
    if (overwrite && resume) {
      throw new UsageException("--overwrite and --resume exclude each other: --overwrite starts the run again, "
          + "--resume continues it");
    }
    List<String> in = inputs.isEmpty() ? List.of(Samples.location()) : inputs;
    OutputMode mode = overwrite ? OutputMode.OVERWRITE : resume ? OutputMode.RESUME : OutputMode.FRESH;
    RunOptions run = new RunOptions(in, out, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
        mode, excel, !logging.quiet && Terminal.stderrIsTerminal()).withFields(columns.toFields())
        .withFormats(formats);
    RunSummary summary = new Pipeline(options, run).run();
    System.err.println("dateline: " + summary.describe());
    EndOfRun.tell(out, summary.failed());
    return summary.failed() == 0 ? 0 : FailureHandler.FAILURE;
  }
}
