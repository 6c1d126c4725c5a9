package org.dateline.events;

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
 * Reads the tab-separated lexicon files of {@code models/}: from a user's folder when one is given (so an added line
 * needs no rebuild), else the copy bundled in the jar. Lines starting with '#' and the header row are skipped.
 */
final class ModelFiles {

  private ModelFiles() {
  }

  /** The data rows of {@code models/<relative>}, split on tabs; a missing optional file gives no rows. */
  static List<String[]> rows(String modelsDir, String relative, boolean optional) {
    try (BufferedReader r = open(modelsDir, relative, optional)) {
      List<String[]> rows = new ArrayList<>();
      if (r == null) {
        return rows;
      }
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split("\t", -1));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon models/" + relative, e);
    }
  }

  private static BufferedReader open(String modelsDir, String relative, boolean optional) throws IOException {
    if (modelsDir != null) {
      Path file = Path.of(modelsDir, relative);
      if (Files.isRegularFile(file)) {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
      }
      if (optional) {
        return null;
      }
      throw new IOException(file + " not found");
    }
    InputStream in = ModelFiles.class.getResourceAsStream("/models/" + relative);
    if (in == null) {
      if (optional) {
        return null;
      }
      throw new IOException("models/" + relative + " is not on the classpath");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
