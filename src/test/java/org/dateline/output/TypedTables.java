package org.dateline.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.table.Table;

/** Hand-written CSV tables with every column type, tricky cells included, for the format tests. */
final class TypedTables {

  private TypedTables() {
  }

  /** Writes every table into {@code folder}: events with three rows, entities and articles with one. */
  static void write(Path folder) {
    for (Table t : Table.values()) {
      try (CsvTable csv = CsvTable.create(folder.resolve(t.fileName()), t)) {
        for (Map<String, String> row : rows(t)) {
          csv.row(cells(t, row));
        }
      }
    }
  }

  private static List<Map<String, String>> rows(Table t) {
    return switch (t) {
      case EVENTS -> List.of(
          Map.of("article_id", "a1", "event_id", "ev1", "sentence", "0", "cameo_code", "030", "cameo_root", "03",
              "quad_class", "1", "goldstein", "-5.0", "negated", "false", "date", "2026-01-30",
              "evidence", "=HYPERLINK(\"http://x\",\"click\")"),
          Map.of("article_id", "a1", "event_id", "ev2", "cameo_code", "0874", "negated", "true",
              "trigger", "said \"no\",\nthen left", "actor", "Zoë 🙂"),
          Map.of("article_id", "a2", "event_id", "ev1", "cameo_code", "190", "goldstein", "10"));
      case ENTITIES -> List.of(Map.of("article_id", "a1", "entity_id", "e1", "name", "Ada", "mentions", "2",
          "aliases", "Ada | Ada Lovelace", "first_start", "0"));
      case ARTICLES -> List.of(Map.of("article_id", "007", "published", "2026-01-30", "sentences", "3",
          "status", "ok", "authors", "Jane Roe"));
      default -> List.of();
    };
  }

  private static List<String> cells(Table t, Map<String, String> row) {
    List<String> cells = new ArrayList<>();
    for (String name : t.columnNames()) {
      cells.add(row.getOrDefault(name, ""));
    }
    return cells;
  }
}
