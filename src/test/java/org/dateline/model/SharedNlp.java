package org.dateline.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.config.Options;
import org.dateline.corenlp.CoreNlpAnnotator;

/**
 * The model tier's one CoreNLP pipeline: loading costs tens of seconds and gigabytes, so every test in the JVM
 * shares this instance (Surefire runs all tests in one reused fork). It is the JVM's shared pipeline for
 * {@link #OPTIONS}, so the Spark job run in-process by the tests uses this very pipeline too.
 */
final class SharedNlp {

  /**
   * Every table (quotes and events need the dependency parse), no timings: ONE pipeline serves every model-tier
   * test, and repeated runs give identical tables.
   */
  static final Options OPTIONS = Options.DEFAULTS.withoutTimings();
  /** The read-only material beside the checkout; tests that need it skip when it is absent. */
  static final Path SHARED_DATA = Path.of("..", "shared", "data");

  private SharedNlp() {
  }

  static CoreNlpAnnotator get() {
    return CoreNlpAnnotator.shared(OPTIONS);
  }

  static Path shared(String relative) {
    return SHARED_DATA.resolve(relative);
  }

  static boolean has(String relative) {
    return Files.exists(shared(relative));
  }
}
