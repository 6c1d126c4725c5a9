package org.dateline.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One local file to read, found before any reading starts.
 *
 * @param path   the file as reachable from the working directory; null for standard input
 * @param name   the id for a one-article file (relative path with '/' under the folder it was found in, or the
 *               file name when named directly), and the prefix of generated ids for JSONL/CSV rows
 * @param format how to read it
 */
record InputFile(Path path, String name, InputFormat format) implements ReadableFile {

  /** Standard input is always JSON Lines: the only format that streams naturally through a pipe. */
  static InputFile standardInput() {
    return new InputFile(null, "stdin", InputFormat.JSON_LINES);
  }

  boolean isStandardInput() {
    return path == null;
  }

  /** What goes into {@code Article.source}: the path as the user can find it again. */
  @Override
  public String source() {
    return isStandardInput() ? "stdin" : path.toString();
  }

  /** Standard input belongs to {@link ArticleInputs}, which reads it itself; this opens real files only. */
  @Override
  public InputStream open() throws IOException {
    if (isStandardInput()) {
      throw new IllegalStateException("standard input is read through ArticleInputs, not opened as a file");
    }
    return Files.newInputStream(path);
  }
}
