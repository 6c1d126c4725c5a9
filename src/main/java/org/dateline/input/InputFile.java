package org.dateline.input;

import java.nio.file.Path;

/**
 * One file to read, found before any reading starts.
 *
 * @param path   the file as reachable from the working directory; null for standard input
 * @param name   the id for a one-article file (relative path with '/' under the folder it was found in, or the
 *               file name when named directly), and the prefix of generated ids for JSONL/CSV rows
 * @param format how to read it
 */
record InputFile(Path path, String name, InputFormat format) {

  /** Standard input is always JSON Lines: the only format that streams naturally through a pipe. */
  static InputFile standardInput() {
    return new InputFile(null, "stdin", InputFormat.JSON_LINES);
  }

  boolean isStandardInput() {
    return path == null;
  }

  /** What goes into {@code Article.source}: the path as the user can find it again. */
  String source() {
    return isStandardInput() ? "stdin" : path.toString();
  }
}
