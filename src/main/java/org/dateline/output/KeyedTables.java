package org.dateline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.identity.Acronyms;
import org.dateline.identity.AliasTable;
import org.dateline.identity.KeyColumns;
import org.dateline.identity.KeyResolver;
import org.dateline.identity.KeyTable;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * One identity across the run, when it is published: reads entities.csv back once for its distinct keys (a
 * {@link KeyTable}, not the corpus), resolves them ({@link KeyResolver}) and writes keyed copies of the tables
 * that name entities into {@code keyed/} beside them. The journal's tables are left as they are until the run is
 * recorded finished, so an interruption before that is resumed as before; {@link #promote} then moves the copies
 * over them, and is safe to repeat.
 */
final class KeyedTables {

  static final String DIR = "keyed";

  private KeyedTables() {
  }

  /** The keyed copies of {@code work}'s tables, in {@code work/keyed/}; returns that folder. */
  static Path write(Path work, AliasTable aliases) throws IOException {
    Path keyed = work.resolve(DIR);
    OutputFolder.deleteTree(keyed);
    Files.createDirectories(keyed);
    Map<String, Map<String, String>> acronyms = new HashMap<>();
    Map<String, String> resolved = new KeyResolver(aliases).resolve(keys(work, acronyms));
    for (Table t : KeyColumns.TABLES) {
      List<Integer> columns = KeyColumns.of(t).stream().map(t::indexOf).toList();
      try (TableReader in = TableReader.open(work, t);
           CsvTable out = CsvTable.create(keyed.resolve(t.fileName()), t)) {
        while (in.hasNext()) {
          TableRow row = in.next();
          List<String> cells = new ArrayList<>(row.cells());
          Map<String, String> local = acronyms.getOrDefault(row.articleId(), Map.of());
          for (int c : columns) {
            String key = local.getOrDefault(cells.get(c), cells.get(c));
            cells.set(c, resolved.getOrDefault(key, key));
          }
          out.row(cells);
        }
        out.sync();
      }
    }
    return keyed;
  }

  /** The distinct keys of {@code dir}'s entities.csv, with their names. */
  static KeyTable keys(Path dir) {
    return keys(dir, new HashMap<>());
  }

  /**
   * The distinct keys of {@code dir}'s entities.csv, with their names, in one pass that also puts into {@code
   * defined}, per article that has any, the names its own article defines ({@link Acronyms#ofArticle}): the short
   * key to its full name's key. An article's rows come together (written as one), so only one article's names
   * are held at a time.
   */
  static KeyTable keys(Path dir, Map<String, Map<String, String>> defined) {
    KeyTable keys = new KeyTable();
    Map<String, String> names = new TreeMap<>();
    String article = null;
    try (TableReader entities = TableReader.open(dir, Table.ENTITIES)) {
      while (entities.hasNext()) {
        TableRow e = entities.next();
        keys.add(e.get("entity_key"), e.get("name"), 1);
        if (!e.articleId().equals(article)) {
          define(article, names, defined);
          article = e.articleId();
          names.clear();
        }
        names.put(e.get("entity_key"), e.get("name"));
      }
    }
    define(article, names, defined);
    return keys;
  }

  private static void define(String article, Map<String, String> names, Map<String, Map<String, String>> defined) {
    Map<String, String> local = article == null ? Map.of() : Acronyms.ofArticle(names);
    if (!local.isEmpty()) {
      defined.merge(article, local, (a, b) -> {
        Map<String, String> both = new TreeMap<>(a);
        both.putAll(b);
        return both;
      });
    }
  }

  /** Moves the keyed copies over the journal's tables; what a crash left half done is finished here. */
  static void promote(Path work) throws IOException {
    Path keyed = work.resolve(DIR);
    if (!Files.isDirectory(keyed)) {
      return;
    }
    for (Table t : KeyColumns.TABLES) {
      Path copy = keyed.resolve(t.fileName());
      if (Files.exists(copy)) {
        Files.move(copy, work.resolve(t.fileName()), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      }
    }
    OutputFolder.deleteTree(keyed);
  }
}
