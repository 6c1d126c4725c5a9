package org.dateline.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated tables of {@code models/people/}: from the user's models folder when it has the file (an
 * added line needs no rebuild), else the copy bundled in the jar. '#' lines and the header row are skipped.
 */
final class PeopleModels {

  /** One data row and where it came from, for error messages. */
  record Row(String source, int line, String[] cells) {
  }

  private PeopleModels() {
  }

  /** The rows of {@code models/<relative>}; a file that exists nowhere gives no rows. */
  static List<Row> rows(String modelsDir, String relative) {
    Path own = modelsDir == null || modelsDir.isEmpty() ? null : Path.of(modelsDir, relative);
    String source = own != null && Files.isRegularFile(own) ? own.toString() : "models/" + relative;
    try (BufferedReader r = open(own, relative)) {
      List<Row> rows = new ArrayList<>();
      if (r == null) {
        return rows;
      }
      boolean header = true;
      int number = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(new Row(source, number, line.split("\t", -1)));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + "; it must be UTF-8 tab-separated text", e);
    }
  }

  private static BufferedReader open(Path own, String relative) throws IOException {
    if (own != null && Files.isRegularFile(own)) {
      return Files.newBufferedReader(own, StandardCharsets.UTF_8);
    }
    InputStream in = PeopleModels.class.getResourceAsStream("/models/" + relative);
    return in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
