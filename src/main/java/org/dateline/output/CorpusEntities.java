package org.dateline.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.entities.Entity;
import org.dateline.quotes.Quote;

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

  /** Adds one article's entities and counts the quotes each of them is the speaker of. */
  void add(List<Entity> entities, List<Quote> quotes) {
    Map<String, Integer> quotesOf = new HashMap<>();
    for (Quote q : quotes) {
      if (!q.speaker().entityId().isEmpty()) {
        quotesOf.merge(q.speaker().entityId(), 1, Integer::sum);
      }
    }
    for (Entity e : entities) {
      Tally t = byKey.computeIfAbsent(e.key(), k -> new Tally(e.type()));
      t.names.merge(e.name(), 1, Integer::sum);
      t.aliases.add(e.name());
      t.aliases.addAll(e.aliases());
      t.articles++;
      t.mentions += e.mentions();
      t.quotes += quotesOf.getOrDefault(e.entityId(), 0);
    }
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
