package org.dateline.corenlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One CoreNLP pipeline per JVM and configuration, built on first use and shared by every thread. Loading takes
 * tens of seconds and gigabytes, so a long-lived JVM that processes many batches (a Spark executor, the test
 * JVM) must pay it once; the pipeline itself is never serialized or shipped anywhere, each JVM loads its own.
 */
public final class SharedAnnotators {

  private static final Map<NlpSettings, CoreNlpAnnotator> LOADED = new ConcurrentHashMap<>();

  private SharedAnnotators() {
  }

  /**
   * The pipeline for {@code settings}. Threads that ask while it loads wait for it (a second copy would cost
   * another load and its memory); a load that fails is not remembered, so the next call tries again.
   */
  public static CoreNlpAnnotator get(NlpSettings settings) {
    return LOADED.computeIfAbsent(settings, CoreNlpAnnotator::new);
  }
}
