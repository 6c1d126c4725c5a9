package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.config.UsageException;
import org.dateline.config.Version;
import org.dateline.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dateline report OUT}: writes OUT/report.html from the tables of a finished run (extract's or Spark's). */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Write report.html, a self-contained page showing a finished run's tables, into their folder.")
final class ReportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "OUT", description = "Folder holding a run's tables (articles.csv and the others).")
  Path out;

  @Override
  public Integer call() {
    if (!Files.exists(out.resolve("articles.csv"))) {
      throw new UsageException(out + " holds no articles.csv; name the --out folder of a finished extract run");
    }
    long t0 = System.nanoTime();
    Report.Written w = Report.write(out);
    System.err.printf("dateline: report %s (%,d bytes, written in %.1f s); open it in a browser%n", w.file(),
        w.bytes(), (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
