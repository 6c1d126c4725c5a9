package org.dateline.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * Counts entities across the whole run by {@code entity_key}, and the quotes each is the speaker of. Grows with
 * the number of distinct entities, not with the number of articles.
 */
final class CorpusEntities {

  private final Map<String, CorpusTally> byKey = new HashMap<>();

  private void add(TableRow entity, int quotes) {
    byKey.computeIfAbsent(entity.get("entity_key"), k -> new CorpusTally(entity.get("type")))
        .add(entity.articleId(), entity.get("name"), entity.get("aliases"), Integer.parseInt(entity.get("mentions")),
            quotes, Table.GEO_COLUMNS.stream().map(entity::get).toList());
  }

  /**
   * The corpus table of a whole run, counted from the finished articles table in {@code dir} and the keyed
   * entities and quotes tables in {@code keyed}, walked side by side in article order. Reading the tables back,
   * rather than counting in memory, gives the same result after a run was resumed.
   */
  static CorpusEntities of(Path dir, Path keyed) {
    CorpusEntities corpus = new CorpusEntities();
    try (TableReader articles = TableReader.open(dir, Table.ARTICLES);
         TableReader entities = TableReader.open(keyed, Table.ENTITIES);
         TableReader quotes = TableReader.open(keyed, Table.QUOTES)) {
      while (articles.hasNext()) {
        String id = articles.next().articleId();
        List<String> speakers = new ArrayList<>();
        for (TableRow q = quotes.nextOf(id); q != null; q = quotes.nextOf(id)) {
          speakers.add(q.get("speaker_entity_id"));
        }
        Map<String, Integer> quotesOf = CorpusTally.quotesBySpeaker(speakers);
        for (TableRow e = entities.nextOf(id); e != null; e = entities.nextOf(id)) {
          corpus.add(e, quotesOf.getOrDefault(e.get("entity_id"), 0));
        }
      }
    }
    return corpus;
  }

  /**
   * The most-mentioned entities first, since they are what a reader looks for; ties by more articles, then by key
   * (which starts with the type): stable for equal input.
   */
  void writeTo(CsvTable table) {
    List<Map.Entry<String, CorpusTally>> rows = new ArrayList<>(byKey.entrySet());
    rows.sort(Comparator.comparing((Map.Entry<String, CorpusTally> e) -> -e.getValue().mentions())
        .thenComparing(e -> -e.getValue().articles())
        .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, CorpusTally> row : rows) {
      table.row(row.getValue().row(row.getKey()));
    }
  }
}
