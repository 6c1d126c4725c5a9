package org.dateline.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.dateline.config.UsageException;

/**
 * A file to read articles from, wherever its bytes live: a local file for the CLI, a file on HDFS or S3 for the
 * Spark job. The readers see only this, so both drivers turn the same file into the same articles, ids and errors.
 */
public interface ReadableFile {

  /** The id of a one-article file, and the prefix of the ids generated for JSONL and CSV rows that have none. */
  String name();

  /** Where the file is, as the user can find it again: the {@code source} column and what error messages cite. */
  String source();

  InputFormat format();

  /** A local file, read by the format its name gives; its id is its file name. */
  static ReadableFile of(Path file) {
    InputFormat format = InputFormat.of(file).orElseThrow(() -> new UsageException(
        "cannot read " + file + ": not one of " + InputFormat.SUPPORTED));
    return new InputFile(file, file.getFileName().toString(), format);
  }

  /** A new stream over the file's bytes as stored (gzip not undone); the caller closes it. */
  InputStream open() throws IOException;
}
