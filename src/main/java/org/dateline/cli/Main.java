package org.dateline.cli;

import org.dateline.config.FailureHandler;
import org.dateline.config.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point: {@code java -jar dateline.jar extract|eval|report ...}. Exit codes: see {@link FailureHandler}. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Turns news articles into tables of people, places, organizations and dates.",
    subcommands = {ExtractCommand.class, EvalCommand.class, ReportCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    LogLevel.configure(args);
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new FailureHandler());
    return cli.execute(args);
  }
}
