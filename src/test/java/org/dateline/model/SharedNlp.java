package org.dateline.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpSettings;

/**
 * The model tier's one CoreNLP pipeline: loading costs tens of seconds and gigabytes, so every test in the JVM
 * shares this instance (Surefire runs all tests in one reused fork).
 */
final class SharedNlp {

  /** With the dependency parse (quotes and events need it), so that ONE pipeline serves every model-tier test. */
  static final NlpSettings SETTINGS = new NlpSettings(true, NlpSettings.DEFAULT_MODELS, 150, null);
  /** The read-only material beside the checkout; tests that need it skip when it is absent. */
  static final Path SHARED_DATA = Path.of("..", "shared", "data");

  private static final class Holder {
    static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(SETTINGS);
  }

  private SharedNlp() {
  }

  static CoreNlpAnnotator get() {
    return Holder.INSTANCE;
  }

  /** The shared pipeline, named for the tests that need its parse (events, quotes). */
  static CoreNlpAnnotator parsed() {
    return Holder.INSTANCE;
  }

  static Path shared(String relative) {
    return SHARED_DATA.resolve(relative);
  }

  static boolean has(String relative) {
    return Files.exists(shared(relative));
  }
}
