package org.dateline.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.config.ModelTables;
import org.dateline.config.UsageException;

/**
 * Known variants of a name: {@code variant<TAB>name<TAB>type} lines (type PERSON, ORGANIZATION or LOCATION, or
 * empty for any), '#' comments and a header row. The bundled {@code models/identity/aliases.tsv} (or the one in
 * the user's models folder) is read first, then each {@code --aliases} file, a later line for a variant winning.
 * Variants are compared folded ({@link NameFold}), so "U.N." also covers "UN" and "U.N".
 */
public final class AliasTable implements Serializable {

  static final String BUNDLED = "identity/aliases.tsv";
  private static final Set<String> TYPES = Set.of("", "PERSON", "ORGANIZATION", "LOCATION");

  /** Folded variant, with its type ("" for any), to the name it stands for. */
  private final Map<String, String> names = new HashMap<>();

  private AliasTable() {
  }

  /** An empty table (tests). */
  public static AliasTable none() {
    return new AliasTable();
  }

  /** The bundled table (or {@code modelsDir}'s copy), then {@code files} in order. */
  public static AliasTable load(String modelsDir, List<String> files) {
    AliasTable t = new AliasTable();
    t.add(ModelTables.rows(modelsDir, BUNDLED));
    files.forEach(f -> t.read(Path.of(f)));
    return t;
  }

  /** Checks that every --aliases file exists before any model loads. */
  public static void check(List<String> files) {
    for (String f : files) {
      if (!Files.isRegularFile(Path.of(f))) {
        throw new UsageException("--aliases file not found: " + f + "; give a tab-separated file of variant, name "
            + "and type (see models/identity/aliases.tsv)");
      }
    }
  }

  private void read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      add(ModelTables.rows(r, file.toString()));
    } catch (IOException e) {
      throw new UsageException("cannot read alias file " + file + ": " + e.getMessage() + "; it must be UTF-8 "
          + "tab-separated text");
    }
  }

  private void add(List<ModelTables.Row> rows) {
    for (ModelTables.Row row : rows) {
      String[] cells = row.cells();
      String type = cells.length > 2 ? cells[2].trim().toUpperCase(Locale.ROOT) : "";
      if (cells.length < 2 || cells[1].isBlank() || !TYPES.contains(type)) {
        throw new UsageException(row.source() + " line " + row.line() + ": expected variant<TAB>name<TAB>type "
            + "(PERSON, ORGANIZATION, LOCATION or empty), got '" + String.join("\t", cells) + "'");
      }
      names.put(type + "\t" + form(cells[0]), cells[1].trim());
    }
  }

  /** The name {@code name} (of entity type {@code type}) stands for, or null. */
  String nameOf(String type, String name) {
    String f = form(name);
    String typed = names.get(type + "\t" + f);
    return typed != null ? typed : names.get("\t" + f);
  }

  static String form(String name) {
    return String.join(" ", NameFold.words(name));
  }

  int size() {
    return names.size();
  }
}
