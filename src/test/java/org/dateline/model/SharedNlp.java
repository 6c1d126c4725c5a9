package org.dateline.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.corenlp.NlpSettings;
import org.dateline.corenlp.SharedAnnotators;

/**
 * The model tier's one CoreNLP pipeline: loading costs tens of seconds and gigabytes, so every test in the JVM
 * shares this instance (Surefire runs all tests in one reused fork). It is the JVM's {@link SharedAnnotators}
 * entry for {@link #SETTINGS}, so the Spark job run in-process by the tests uses this very pipeline too.
 */
final class SharedNlp {

  /** With the dependency parse (quotes and events need it), so that ONE pipeline serves every model-tier test. */
  static final NlpSettings SETTINGS = new NlpSettings(true, NlpSettings.DEFAULT_MODELS, 150, null);
  /** The read-only material beside the checkout; tests that need it skip when it is absent. */
  static final Path SHARED_DATA = Path.of("..", "shared", "data");

  private SharedNlp() {
  }

  static CoreNlpAnnotator get() {
    return SharedAnnotators.get(SETTINGS);
  }

  /** The shared pipeline, named for the tests that need its parse (events, quotes). */
  static CoreNlpAnnotator parsed() {
    return SharedAnnotators.get(SETTINGS);
  }

  static Path shared(String relative) {
    return SHARED_DATA.resolve(relative);
  }

  static boolean has(String relative) {
    return Files.exists(shared(relative));
  }
}
