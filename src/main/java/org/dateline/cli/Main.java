package org.dateline.cli;

import org.dateline.config.FailureHandler;
import org.dateline.config.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

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
    cli.setParameterExceptionHandler(Main::usageError);
    HelpSections.install(cli.getSubcommands().get("extract"));
    return cli.execute(args);
  }

  /**
   * picocli's own parameter errors ({@code --threads two}) as one {@code dateline:} line like every other usage
   * error, and where to look: the whole help after it would scroll the one useful line away.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      message += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
    }
    err.println("dateline: " + message);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }
}
