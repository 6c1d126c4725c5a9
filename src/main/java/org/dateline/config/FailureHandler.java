package org.dateline.config;

import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** Usage mistakes exit 2 with the message alone; anything else exits 1 with a one-line reason. */
public final class FailureHandler implements IExecutionExceptionHandler {

  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof UsageException) {
      cmd.getErr().println("dateline: " + e.getMessage());
      return USAGE;
    }
    cmd.getErr().println("dateline: failed: " + e);
    if (Boolean.getBoolean("dateline.stacktrace")) {
      e.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("(run with -Ddateline.stacktrace=true for the stack trace)");
    }
    return FAILURE;
  }
}
