package org.dateline.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.config.Extraction;
import org.dateline.doc.Article;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * Coded events against events-dev (CAMEO root, and actor codes) or plover-dev (PLOVER type, actor and target),
 * scored on events.csv record by record.
 */
final class EventTask implements EvalTask {

  private final Path gold;
  private final boolean plover;
  private final List<EventGold> records;

  EventTask(Path gold, boolean plover, int limit) {
    this.gold = gold;
    this.plover = plover;
    this.records = EventGold.read(gold, plover, limit);
  }

  @Override
  public Set<Extraction> needs() {
    return Set.of(Extraction.ENTITIES, Extraction.EVENTS);
  }

  @Override
  public List<Article> articles() {
    return records.stream().map(g -> EvalTask.goldArticle(g.id(), g.text(), g.date())).toList();
  }

  @Override
  public Optional<Report> score(Path tables, int errors, Predicate<String> documents) {
    Map<String, List<EventScorer.Predicted>> predicted = new HashMap<>();
    try (TableReader events = TableReader.open(tables, Table.EVENTS)) {
      events.forEachRemaining(row -> {
        String type = plover ? row.get("plover_type") : row.get("cameo_root");
        // Roots 01 and 02 have no PLOVER type: not an event in PLOVER's terms. PLOVER codes an act of several
        // parties once (all of them as actor or target); the PETRARCH suite expects each dyad.
        boolean counted = !plover || firstOfAct(row.get("event_id"), row.get("act_id"));
        if (!type.isEmpty() && counted) {
          predicted.computeIfAbsent(row.articleId(), k -> new ArrayList<>()).add(predicted(row, type));
        }
      });
    }
    EventScorer scorer = new EventScorer(plover ? "PLOVER type" : "CAMEO root");
    records.stream().filter(g -> documents.test(g.id()))
        .forEach(g -> scorer.add(g, predicted.getOrDefault(g.id(), List.of())));
    return Optional.of(scorer.report(plover).titled("Dateline events on " + gold.getFileName() + " ("
        + records.size() + " records)").withErrors(scorer.errors(errors)));
  }

  private static EventScorer.Predicted predicted(TableRow row, String type) {
    return new EventScorer.Predicted(type, row.get("cameo_code"), join(row.get("actor"), row.get("actor_name")),
        join(row.get("target"), row.get("target_name")), row.get("actor_code"), row.get("target_code"),
        row.get("rule"));
  }

  /** Whether a row is the first (or only) row of its act: how PLOVER counts an act of several parties once. */
  static boolean firstOfAct(String eventId, String actId) {
    return actId.isEmpty() || actId.equals(eventId);
  }

  /** The phrase as written and the entity name it resolved to ("he" and "Volodymyr Zelensky"). */
  static String join(String text, String name) {
    return name.isEmpty() || name.equals(text) ? text : text + " ; " + name;
  }
}
