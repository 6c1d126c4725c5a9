package org.dateline.config;

/**
 * A run stopped by something outside the articles (a full disk, an I/O error, a bug): nothing was published, and
 * the message says what happened and that {@code --resume} continues from the last finished article. The CLI
 * prints it as the run's one message and exits {@link FailureHandler#ABORTED}.
 */
public class RunAborted extends RuntimeException {

  public RunAborted(String message, Throwable cause) {
    super(message, cause);
  }
}
