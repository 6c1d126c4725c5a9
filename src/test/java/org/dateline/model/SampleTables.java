package org.dateline.model;

import java.nio.file.Path;
import java.util.List;
import org.dateline.config.RunOptions;
import org.dateline.input.ArticleInputs;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;

/**
 * The CLI's tables for the bundled samples, as {@code extract --threads 2 --no-timings samples} writes them, made
 * once per test JVM: several tests compare against them, and each run of the samples costs tens of seconds.
 */
final class SampleTables {

  /** Under target/, where the build keeps what it makes; replaced by each test JVM. */
  static final Path DIR = Path.of("target", "sample-tables");

  private static RunSummary summary;

  private SampleTables() {
  }

  /** The run's summary; its tables are in {@link #DIR}. */
  static synchronized RunSummary run() {
    if (summary == null) {
      try (ArticleInputs in = ArticleInputs.open(List.of("samples"), null)) {
        summary = new Pipeline(SharedNlp.OPTIONS, RunOptions.into(DIR, 2)).run(in, SharedNlp.get(), 0);
      }
    }
    return summary;
  }
}
