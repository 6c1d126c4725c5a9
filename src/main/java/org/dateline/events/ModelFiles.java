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
import org.dateline.config.ModelTables;
import org.dateline.config.UsageException;

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
      return r == null ? List.of() : ModelTables.rows(r, relative).stream().map(ModelTables.Row::cells).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon models/" + relative, e);
    }
  }

  /**
   * Every line of {@code models/<relative>}, numbered for error messages: from {@code modelsDir} when it has the
   * file, else the bundled copy (a models copy made before the file existed still works).
   */
  static List<DictionaryLine> lines(String modelsDir, String relative) {
    String dir = modelsDir != null && Files.isRegularFile(Path.of(modelsDir, relative)) ? modelsDir : null;
    String source = dir == null ? "models/" + relative : Path.of(dir, relative).toString();
    try (BufferedReader r = open(dir, relative, false)) {
      return numbered(source, r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + source, e);
    }
  }

  /** Every line of a dictionary file the user named, numbered for error messages. */
  static List<DictionaryLine> lines(String file) {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new UsageException("dictionary file not found: " + file + "; check the path given to --actors/--agents");
    }
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return numbered(file, r);
    } catch (IOException e) {
      throw new UsageException("cannot read dictionary " + file + " (" + e.getMessage() + "); it must be UTF-8 text");
    }
  }

  private static List<DictionaryLine> numbered(String source, BufferedReader r) throws IOException {
    List<DictionaryLine> out = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      out.add(new DictionaryLine(source, out.size() + 1, line));
    }
    return out;
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
