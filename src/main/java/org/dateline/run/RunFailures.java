package org.dateline.run;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.dateline.config.RunAborted;

/**
 * Turns what broke a run off (a full disk, an I/O error, a bug) into its one message: what happened, that nothing
 * was published, and that {@code --resume} continues from the last finished article.
 */
final class RunFailures {

  private RunFailures() {
  }

  static RunAborted aborted(Throwable e, Path out, long finished) {
    return new RunAborted(what(e) + "; nothing was published in " + out + "; the " + finished + " articles "
        + "finished so far are kept: fix the cause and run the same command with --resume to continue", e);
  }

  /** The failure in the user's words: an I/O error's own message, with the system's reason for it. */
  static String what(Throwable e) {
    if (e instanceof UncheckedIOException io) {
      String reason = io.getCause().getMessage();
      return io.getMessage() + (reason == null || io.getMessage().contains(reason) ? "" : ": " + reason);
    }
    if (e instanceof OutOfMemoryError) {
      return "the Java heap ran out (" + e.getMessage() + "); start Java with a larger heap (-Xmx) or fewer "
          + "--threads";
    }
    return "internal error: " + e;
  }
}
