package org.dateline.spark;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dateline.config.FailureHandler;
import org.dateline.config.InputColumns;
import org.dateline.config.OptionFlags;
import org.dateline.config.Options;
import org.dateline.config.UsageException;
import org.dateline.config.Version;
import org.dateline.run.ArticleProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Entry point for {@code spark-submit --class org.dateline.spark.SparkMain dateline-spark.jar ...}: the
 * {@code extract} command as a Spark job. Thin: parses the options, runs {@link SparkJob}, reports.
 */
@Command(name = "dateline-spark", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Extract the tables of 'dateline extract' with Apache Spark, from inputs on any file system "
        + "Spark reads (HDFS, S3, local).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every article was processed", "1:some articles failed (their rows say why)",
        "2:usage error, e.g. a missing input or a non-empty --out folder (nothing was written)",
        "3:the job failed (nothing was published)"})
public final class SparkMain implements Callable<Integer> {

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files or folders (searched recursively): .txt, .html/.htm, .jsonl(.gz), .csv as for extract, "
          + "and .parquet with the columns of a JSONL record (text; id, title, date, url optional).")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Folder for the tables: one folder of part files per table and format.")
  String out;

  @Option(names = "--format", paramLabel = "LIST", split = ",", defaultValue = "csv",
      description = "Table formats: csv, parquet or both (default: ${DEFAULT-VALUE}); articles.csv/, "
          + "articles.parquet/, ...")
  Set<String> formats;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "NLP tasks the articles are spread over (default: three per core of the cluster).")
  int partitions;

  @Option(names = "--overwrite", description = "Replace the tables of a previous run in --out.")
  boolean overwrite;

  @Mixin
  OptionFlags flags;

  @Mixin
  InputColumns columns;

  /**
   * Exits the JVM only when the job did not succeed: spark-submit ends a successful application when main returns,
   * and returning keeps main callable in-process (the tests run the README's command through it).
   */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  public static int run(String... args) {
    CommandLine cli = new CommandLine(new SparkMain());
    cli.setExecutionExceptionHandler(new FailureHandler());
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    Options options = flags.toOptions("");
    if (!TableOutput.FORMATS.containsAll(formats)) {
      throw new UsageException("--format takes csv and parquet, not " + formats);
    }
    if (partitions < 0) {
      throw new UsageException("--partitions must be at least 1 (or 0 for three per core)");
    }
    ArticleProcessor.checkFiles(options);
    SparkSession spark = SparkSession.builder().appName("dateline").getOrCreate();
    try {
      SparkJob.Request request = new SparkJob.Request(inputs, out, Set.copyOf(formats), partitions, overwrite,
          options, columns.toFields());
      SparkJob.Summary summary = new SparkJob(spark).run(request);
      System.err.println("dateline: " + summary.describe());
      return summary.failed() == 0 ? 0 : FailureHandler.FAILURE;
    } finally {
      spark.stop();
    }
  }
}
