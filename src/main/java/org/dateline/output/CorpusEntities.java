package org.dateline.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dateline.entities.Entity;

/**
 * Counts entities across the whole run by {@code entity_key}. Grows with the number of distinct entities, not
 * with the number of articles.
 */
final class CorpusEntities {

  private static final class Tally {
    final String type;
    final Map<String, Integer> names = new HashMap<>();
    final Set<String> aliases = new LinkedHashSet<>();
    int articles;
    int mentions;

    Tally(String type) {
      this.type = type;
    }

    /** The name most articles used; ties go to the longer, then the alphabetically first. */
    String name() {
      return names.entrySet().stream()
          .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
              .thenComparing(e -> -e.getKey().length())
              .thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).orElse("");
    }
  }

  private final Map<String, Tally> byKey = new HashMap<>();

  void add(List<Entity> entities) {
    for (Entity e : entities) {
      add(e.key(), e.type(), e.name(), e.aliases(), e.mentions());
    }
  }

  void add(String key, String type, String name, List<String> aliases, int mentions) {
    Tally t = byKey.computeIfAbsent(key, k -> new Tally(type));
    t.names.merge(name, 1, Integer::sum);
    t.aliases.add(name);
    t.aliases.addAll(aliases);
    t.articles++;
    t.mentions += mentions;
  }

  /**
   * The corpus table of a whole run, counted from its entities.csv (one row per entity per article). Reading
   * the table back, rather than counting in memory, gives the same result after a run was resumed.
   */
  static CorpusEntities of(Path entitiesCsv) throws IOException {
    CorpusEntities corpus = new CorpusEntities();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(entitiesCsv, StandardCharsets.UTF_8);
         CSVParser rows = CSVParser.builder().setReader(in).setFormat(format).get()) {
      for (CSVRecord r : rows) {
        String aliases = r.get("aliases");
        corpus.add(r.get("entity_key"), r.get("type"), r.get("name"),
            aliases.isEmpty() ? List.of() : List.of(aliases.split(Pattern.quote(TableFormat.LIST_SEPARATOR))),
            Integer.parseInt(r.get("mentions")));
      }
    }
    return corpus;
  }

  /** Rows ordered by type, then by how many articles name the entity, then key: stable for equal input. */
  void writeTo(CsvTable table) {
    List<Map.Entry<String, Tally>> rows = new ArrayList<>(byKey.entrySet());
    rows.sort(Comparator.comparing((Map.Entry<String, Tally> e) -> e.getValue().type)
        .thenComparing(e -> -e.getValue().articles)
        .thenComparing(e -> -e.getValue().mentions)
        .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, Tally> row : rows) {
      Tally t = row.getValue();
      String name = t.name();
      List<String> aliases = new ArrayList<>(t.aliases);
      aliases.remove(name);
      table.row(row.getKey(), t.type, name, t.articles, t.mentions,
          String.join(TableFormat.LIST_SEPARATOR, aliases));
    }
  }
}
