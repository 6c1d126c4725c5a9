package org.dateline.cli;

import java.util.Arrays;
import org.dateline.corenlp.CoreNlpLogging;

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
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", ours);
    }
    CoreNlpLogging.configure(verbose);
  }
}
