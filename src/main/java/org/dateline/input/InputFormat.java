package org.dateline.input;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats Dateline reads, recognised by file name ending (content sniffing would be slower and surprising). */
public enum InputFormat {
  TEXT(".txt"),
  HTML(".html", ".htm", ".html.gz", ".htm.gz"),
  JSON_LINES(".jsonl", ".jsonl.gz"),
  /** JSON Lines or one JSON array of records: {@link JsonArticles} looks at the first character. */
  JSON(".json", ".json.gz"),
  CSV(".csv"),
  WARC(".warc", ".warc.gz");

  /** Shown in error messages so the user knows what to rename or convert to. */
  public static final String SUPPORTED =
      ".txt, .html, .htm, .html.gz, .htm.gz, .jsonl, .jsonl.gz, .json, .json.gz, .csv, .warc, .warc.gz";

  private final String[] endings;

  InputFormat(String... endings) {
    this.endings = endings;
  }

  /** The format of a file judged by its name, or empty when Dateline does not read such files. */
  public static Optional<InputFormat> of(Path file) {
    Path name = file.getFileName();
    return name == null ? Optional.empty() : of(name.toString());
  }

  /** The format of a file judged by its name (or path), for files that are not on the local disk. */
  public static Optional<InputFormat> of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (InputFormat format : values()) {
      for (String ending : format.endings) {
        if (lower.endsWith(ending)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the file is gzip-compressed: JSON Lines and HTML pages may be (corpora and crawls are shipped so); a
   * WARC reader undoes its own per-record gzip.
   */
  public static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
