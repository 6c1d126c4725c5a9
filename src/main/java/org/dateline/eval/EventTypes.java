package org.dateline.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** Per-type figures of {@link EventScorer}'s records: the per-type P/R table and the precision of rule groups. */
final class EventTypes {

  private EventTypes() {
  }

  /**
   * One row per type (gold or predicted), all rows, type only: "type AGREE", "root 05". Matching is one-to-one
   * within a type, so a record's true positives of a type are the fewer of its predicted and gold counts.
   */
  static List<Score> perType(List<EventScorer.Scored> records, String prefix) {
    SortedMap<String, Score> byType = new TreeMap<>();
    for (EventScorer.Scored r : records) {
      Set<String> types = new HashSet<>(EventScorer.typeSet(r, p -> true));
      types.addAll(EventScorer.goldTypes(r));
      for (String type : types) {
        int predicted = (int) r.predicted().stream().filter(p -> p.type().equals(type)).count();
        int gold = (int) r.gold().events().stream().filter(g -> g.type().equals(type)).count();
        byType.merge(type, Score.of(prefix + type, Math.min(predicted, gold), predicted, gold),
            (x, y) -> x.plus(y, x.label()));
      }
    }
    return List.copyOf(byType.values());
  }

  /**
   * Precision of the predicted rows grouped by {@code key} (type and rule kind, say): {credit, rows} per key. A
   * row's credit is its share of its record's true positives of its type (1 when all rows of the type matched).
   */
  static Map<String, double[]> precisionBy(List<EventScorer.Scored> records,
                                          Function<EventScorer.Predicted, String> key) {
    Map<String, double[]> out = new TreeMap<>();
    for (EventScorer.Scored r : records) {
      for (EventScorer.Predicted p : r.predicted()) {
        long predicted = r.predicted().stream().filter(q -> q.type().equals(p.type())).count();
        long gold = r.gold().events().stream().filter(g -> g.type().equals(p.type())).count();
        double[] tally = out.computeIfAbsent(key.apply(p), k -> new double[2]);
        tally[0] += (double) Math.min(predicted, gold) / predicted;
        tally[1]++;
      }
    }
    return out;
  }
}
