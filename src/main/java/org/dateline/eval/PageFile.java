package org.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where a gold page of an {@code eval html} folder is: {@code pages/<id>.html}, or as fetched, gzip-compressed. */
final class PageFile {

  private static final List<String> ENDINGS = List.of(".html", ".html.gz", ".htm", ".htm.gz");

  private PageFile() {
  }

  static Optional<Path> find(Path dir, String id) {
    for (String ending : ENDINGS) {
      Path page = dir.resolve("pages").resolve(id + ending);
      if (Files.isRegularFile(page)) {
        return Optional.of(page);
      }
    }
    return Optional.empty();
  }
}
