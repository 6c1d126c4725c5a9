package org.dateline.config;

import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The exit codes: usage mistakes exit 2 with the message alone; an aborted run exits 3 with one message saying
 * what happened and how to continue; an interrupted run prints nothing more (its shutdown notice did).
 */
public final class FailureHandler implements IExecutionExceptionHandler {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int ABORTED = 3;
  /** 128 + SIGINT, what a shell reports for Ctrl-C; after SIGTERM the JVM itself exits with 143. */
  public static final int INTERRUPTED = 130;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof UsageException) {
      cmd.getErr().println("dateline: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof RunInterrupted) {
      return INTERRUPTED;
    }
    // A RunAborted knows what the run kept and how to continue; anything else broke off before or outside a run.
    String message = e instanceof RunAborted ? e.getMessage() : "internal error: " + e + "; nothing was published";
    cmd.getErr().println("dateline: run aborted: " + message);
    if (Boolean.getBoolean("dateline.stacktrace")) {
      e.printStackTrace(cmd.getErr());
    } else if (!(e instanceof RunAborted)) {
      cmd.getErr().println("(run with -Ddateline.stacktrace=true for the stack trace)");
    }
    return ABORTED;
  }
}
