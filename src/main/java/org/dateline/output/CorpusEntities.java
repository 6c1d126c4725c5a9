package org.dateline.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Counts entities across the whole run by {@code entity_key}, and the quotes each is the speaker of. Grows with
 * the number of distinct entities, not with the number of articles.
 */
final class CorpusEntities {

  private static final class Tally {
    final String type;
    final Map<String, Integer> names = new HashMap<>();
    final Set<String> aliases = new LinkedHashSet<>();
    int articles;
    int mentions;
    int quotes;

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

  private void add(CSVRecord entity, int quotes) {
    Tally t = byKey.computeIfAbsent(entity.get("entity_key"), k -> new Tally(entity.get("type")));
    String name = entity.get("name");
    String aliases = entity.get("aliases");
    t.names.merge(name, 1, Integer::sum);
    t.aliases.add(name);
    if (!aliases.isEmpty()) {
      t.aliases.addAll(List.of(aliases.split(Pattern.quote(TableFormat.LIST_SEPARATOR))));
    }
    t.articles++;
    t.mentions += Integer.parseInt(entity.get("mentions"));
    t.quotes += quotes;
  }

  /**
   * The corpus table of a whole run, counted from the finished articles, entities and quotes tables in
   * {@code dir}, walked side by side in article order. Reading the tables back, rather than counting in memory,
   * gives the same result after a run was resumed.
   */
  static CorpusEntities of(Path dir) throws IOException {
    CorpusEntities corpus = new CorpusEntities();
    try (TableRows articles = new TableRows(dir.resolve(TableFormat.ARTICLES.fileName()));
         TableRows entities = new TableRows(dir.resolve(TableFormat.ENTITIES.fileName()));
         TableRows quotes = new TableRows(dir.resolve(TableFormat.QUOTES.fileName()))) {
      for (var it = articles.all(); it.hasNext(); ) {
        String id = it.next().get("article_id");
        Map<String, Integer> quotesOf = new HashMap<>();
        for (CSVRecord q = quotes.nextOf(id); q != null; q = quotes.nextOf(id)) {
          if (!q.get("speaker_entity_id").isEmpty()) {
            quotesOf.merge(q.get("speaker_entity_id"), 1, Integer::sum);
          }
        }
        for (CSVRecord e = entities.nextOf(id); e != null; e = entities.nextOf(id)) {
          corpus.add(e, quotesOf.getOrDefault(e.get("entity_id"), 0));
        }
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
      table.row(row.getKey(), t.type, name, t.articles, t.mentions, t.quotes,
          String.join(TableFormat.LIST_SEPARATOR, aliases));
    }
  }
}
