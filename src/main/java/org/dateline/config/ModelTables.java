package org.dateline.config;

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
 * The tab-separated tables of {@code models/} (lexicons, name tables, aliases) and the user's files of the same
 * form: blank lines, '#' lines and the header row are skipped; each data row keeps its file and line number, so
 * an error message can point at it.
 */
public final class ModelTables {

  /** One data row: where it came from, and its cells split on tabs. */
  public record Row(String source, int line, String[] cells) {
  }

  private ModelTables() {
  }

  /**
   * The rows of {@code models/<relative>}: from {@code modelsDir} when it has the file (an added line needs no
   * rebuild), else the copy bundled in the jar; a file that exists nowhere gives no rows.
   */
  public static List<Row> rows(String modelsDir, String relative) {
    Path own = modelsDir == null || modelsDir.isEmpty() ? null : Path.of(modelsDir, relative);
    if (own != null && Files.isRegularFile(own)) {
      try (BufferedReader r = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
        return rows(r, own.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + own + "; it must be UTF-8 tab-separated text", e);
      }
    }
    InputStream in = ModelTables.class.getResourceAsStream("/models/" + relative);
    if (in == null) {
      return List.of();
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return rows(r, "models/" + relative);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled models/" + relative, e);
    }
  }

  /** The data rows of an open table named {@code source}. */
  public static List<Row> rows(BufferedReader r, String source) throws IOException {
    List<Row> rows = new ArrayList<>();
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
  }
}
