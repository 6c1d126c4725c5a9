package org.dateline.corenlp;

/**
 * How loud CoreNLP's own loggers are. Set as slf4j-simple system properties before the first logger exists, so
 * it never loads a CoreNLP class; a level set on the command line ({@code -Dorg.slf4j.simpleLogger...}) wins.
 */
public final class CoreNlpLogging {

  private static final String PREFIX = "org.slf4j.simpleLogger.log.";

  private CoreNlpLogging() {
  }

  /** Warnings only, or CoreNLP's info lines with {@code verbose}. */
  public static void configure(boolean verbose) {
    setIfAbsent(PREFIX + "edu.stanford.nlp", verbose ? "info" : "warn");
    // NumberNormalizer logs a 25-line stack trace at WARN for a number it cannot read (e.g. "4" after a zero-width
    // joiner) and then carries on without it: nothing for the user to act on, so only -v shows it.
    setIfAbsent(PREFIX + "edu.stanford.nlp.ie.NumberNormalizer", verbose ? "info" : "error");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
