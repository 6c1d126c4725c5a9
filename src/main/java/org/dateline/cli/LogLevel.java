package org.dateline.cli;

import java.util.Arrays;

/**
 * Maps -q / -v onto slf4j-simple's levels. It has to run before the first logger is created, so it reads the
 * raw arguments instead of waiting for picocli.
 */
final class LogLevel {

  private LogLevel() {
  }

  static void configure(String[] args) {
    boolean quiet = Arrays.asList(args).contains("-q") || Arrays.asList(args).contains("--quiet");
    boolean verbose = Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose");
    String ours = quiet ? "warn" : verbose ? "debug" : "info";
    String coreNlp = verbose ? "info" : "warn";
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", ours);
    setIfAbsent("org.slf4j.simpleLogger.log.edu.stanford.nlp", coreNlp);
    // NumberNormalizer logs a 25-line stack trace at WARN for a number it cannot read (e.g. "4" after a zero-width
    // joiner) and then carries on without it: nothing for the user to act on, so only -v shows it.
    setIfAbsent("org.slf4j.simpleLogger.log.edu.stanford.nlp.ie.NumberNormalizer", verbose ? "info" : "error");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
