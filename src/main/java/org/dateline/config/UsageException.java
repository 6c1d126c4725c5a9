package org.dateline.config;

/**
 * The command line asked for something that cannot work (a missing path, an unsupported file, a CSV without
 * a text column). The message is written for the user: it names the offending input and says what to do,
 * so the CLI can print it as is and exit with a usage status instead of a stack trace.
 */
public class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }
}
