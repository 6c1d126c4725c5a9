package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, so a progress bar redrawn in place is readable there and not in a log file. */
final class Terminal {

  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private Terminal() {
  }

  static boolean stderrIsTerminal() {
    try {
      // On Linux the descriptor names its device: /dev/pts/N or /dev/ttyN for a terminal, a file or pipe otherwise.
      String target = Files.readSymbolicLink(STDERR).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Elsewhere Java only knows whether the process as a whole is interactive; a redirected stderr then shows
      // the bar in its file, which is harmless.
      return System.console() != null;
    }
  }
}
