package org.dateline.cli;

import picocli.CommandLine.Option;

/**
 * -q / -v, shared by every command. Declared for --help and validation; the levels themselves are applied by
 * {@link LogLevel} before picocli runs, because loggers must be configured before the first one is created.
 */
final class LoggingOptions {

  @Option(names = {"-q", "--quiet"}, description = "Only warnings and errors on stderr.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Debug logging, including CoreNLP's.")
  boolean verbose;
}
