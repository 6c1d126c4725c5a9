package org.dateline.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.dateline.output.RunRecord;
import org.dateline.report.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** After extract: writes the report, then tells the user what is where, in words. */
final class EndOfRun {

  private static final Logger LOG = LoggerFactory.getLogger(EndOfRun.class);

  private EndOfRun() {
  }

  static void tell(Path out, long failed) {
    Report.Written w;
    try {
      w = Report.write(out);
    } catch (RuntimeException e) {
      // The tables are complete; a report that cannot be written must not turn a good run into a failed one.
      LOG.warn("the tables are complete, but the report could not be written ({}); try `dateline report {}`",
          e.getMessage(), out);
      failed(out, failed, "");
      return;
    }
    System.err.println("dateline: rows: " + w.tally().rows().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    failed(out, failed, " (the report groups them by reason)");
    System.err.println("dateline: report: " + w.file() + " (open it in a browser); how the tables were made: "
        + out.resolve(RunRecord.FILE_NAME));
  }

  /** Where the reasons are, when some articles failed: the line a user acts on, so it comes before the report's. */
  private static void failed(Path out, long failed, String more) {
    if (failed > 0) {
      System.err.println("dateline: " + failed + " failed: see the error column of " + out.resolve("articles.csv")
          + more);
    }
  }
}
