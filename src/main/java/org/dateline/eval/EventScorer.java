package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * Scores coded events record by record, as the events-dev and plover-dev READMEs define: predictions are matched
 * one-to-one to gold events of the same type (CAMEO root or PLOVER type), then micro-averaged; optionally the actor
 * and target must match too (lenient, {@link ActorMatch}). Also counts records whose type set is exactly right and
 * false alarms on records that expect no event.
 */
final class EventScorer {

  /** A predicted event: type, and the actor/target texts to match (text as written plus resolved name). */
  record Predicted(String type, String actor, String target) {
  }

  private final String label;
  private Score types = new Score("type", 0, 0, 0);
  private Score withActor = new Score("type+actor", 0, 0, 0);
  private Score withBoth = new Score("type+actor+target", 0, 0, 0);
  private int records;
  private int exactSets;
  private int emptyRecords;
  private int falseAlarms;
  private final List<String> errors = new ArrayList<>();

  EventScorer(String label) {
    this.label = label;
  }

  void add(EventGold gold, List<Predicted> predicted) {
    records++;
    types = plus(types, gold, predicted, (g, p) -> true);
    withActor = plus(withActor, gold, predicted, (g, p) -> ActorMatch.matches(g.source(), p.actor()));
    withBoth = plus(withBoth, gold, predicted, (g, p) -> ActorMatch.matches(g.source(), p.actor())
        && ActorMatch.matches(g.target(), p.target()));
    List<String> g = gold.events().stream().map(EventGold.Expected::type).sorted().toList();
    List<String> p = predicted.stream().map(Predicted::type).sorted().toList();
    if (g.equals(p)) {
      exactSets++;
    } else {
      errors.add(gold.id() + ": gold " + g + " predicted " + predicted + " | " + gold.text());
    }
    if (gold.events().isEmpty()) {
      emptyRecords++;
      falseAlarms += predicted.isEmpty() ? 0 : 1;
    }
  }

  private static Score plus(Score s, EventGold gold, List<Predicted> predicted,
                            BiPredicate<EventGold.Expected, Predicted> same) {
    List<Predicted> left = new ArrayList<>(predicted);
    int tp = 0;
    for (EventGold.Expected g : gold.events()) {
      for (int i = 0; i < left.size(); i++) {
        if (left.get(i).type().equals(g.type()) && same.test(g, left.get(i))) {
          left.remove(i);
          tp++;
          break;
        }
      }
    }
    return s.plus(Score.of(s.label(), tp, predicted.size(), gold.events().size()), s.label());
  }

  Score types() {
    return types;
  }

  Score withActor() {
    return withActor;
  }

  Score withBoth() {
    return withBoth;
  }

  int falseAlarms() {
    return falseAlarms;
  }

  /** The report; actor rows only when the gold actors are texts (plover-dev), not CAMEO actor codes. */
  String report(boolean actors) {
    List<Score> rows = actors ? List.of(relabel(types, label), relabel(withActor, label + " + actor"),
        relabel(withBoth, label + " + actor + target")) : List.of(relabel(types, label));
    return Score.markdownTable(rows)
        + String.format(Locale.ROOT, "%n%nrecords %d, exact %s set %d (%.3f), false alarms on records expecting "
            + "no event: %d of %d", records, label, exactSets, records == 0 ? 0.0 : (double) exactSets / records,
        falseAlarms, emptyRecords);
  }

  List<String> errors(int limit) {
    return errors.subList(0, Math.min(limit, errors.size()));
  }

  private static Score relabel(Score s, String label) {
    return new Score(label, s.tp(), s.fp(), s.fn());
  }
}
