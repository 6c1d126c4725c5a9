package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Scores coded events record by record, as the events-dev and plover-dev READMEs define: predictions are matched
 * one-to-one to gold events of the same type (CAMEO root or PLOVER type), then micro-averaged; optionally the actor
 * and target must match too (plover-dev: lenient text match, {@link ActorMatch}; events-dev: equal CAMEO actor
 * codes, and the exact event code). events-dev is also scored over coded rows only, as PETRARCH2 writes them
 * ({@code require_dyad}): an actor code, and a target code or no target. Also counts records whose type set is
 * exactly right and false alarms on records that expect no event.
 */
final class EventScorer {

  /**
   * A predicted event: type and code, the actor/target texts (as written plus resolved name), their codes and the
   * rule that coded it (events.csv's {@code rule}).
   */
  record Predicted(String type, String code, String actor, String target, String actorCode, String targetCode,
                   String rule) {

    Predicted(String type, String code, String actor, String target, String actorCode, String targetCode) {
      this(type, code, actor, target, actorCode, targetCode, "");
    }

    boolean coded() {
      return !actorCode.isEmpty() && (target.isBlank() || !targetCode.isEmpty());
    }

    @Override
    public String toString() {
      return type + (actorCode.isEmpty() && targetCode.isEmpty() ? "" : " " + actorCode + ">" + targetCode);
    }
  }

  record Scored(EventGold gold, List<Predicted> predicted) {
  }

  private static final Predicate<Predicted> ALL_ROWS = p -> true;
  private static final Predicate<Predicted> CODED_ROWS = Predicted::coded;
  private static final BiPredicate<EventGold.Expected, Predicted> DYAD = (g, p) -> g.source().equals(p.actorCode())
      && g.target().equals(p.targetCode());

  private final String label;
  private final List<Scored> records = new ArrayList<>();

  EventScorer(String label) {
    this.label = label;
  }

  void add(EventGold gold, List<Predicted> predicted) {
    records.add(new Scored(gold, List.copyOf(predicted)));
  }

  /** Records added so far. */
  int size() {
    return records.size();
  }

  Score types() {
    return score(label, ALL_ROWS, (g, p) -> true);
  }

  Score withBoth() {
    return score(label + " + actor + target", ALL_ROWS, (g, p) -> ActorMatch.matches(g.source(), p.actor())
        && ActorMatch.matches(g.target(), p.target()));
  }

  /** (source, target, root) over coded rows: the figure comparable with PETRARCH2's. */
  Score dyads() {
    return score("source + target + root, coded rows", CODED_ROWS, DYAD);
  }

  int falseAlarms() {
    return falseAlarms(ALL_ROWS);
  }

  /**
   * The report; actor rows as texts for plover-dev, as CAMEO actor codes for events-dev. Figures: "false alarms"
   * (records expecting no event that got one, all rows) and "exact sets" (records whose type set is exactly right).
   */
  Report report(boolean plover) {
    int empty = emptyRecords();
    if (plover) {
      Score withActor = score(label + " + actor", ALL_ROWS, (g, p) -> ActorMatch.matches(g.source(), p.actor()));
      List<Score> rows = new ArrayList<>(List.of(types(), withActor, withBoth()));
      rows.addAll(perType("type "));
      return new Report("", rows)
          .with("exact sets", exactSets(ALL_ROWS), String.format(Locale.ROOT, "records %d, exact %s set %d (%.3f)",
              records.size(), label, exactSets(ALL_ROWS), share(exactSets(ALL_ROWS))))
          .with("false alarms", falseAlarms(), String.format(Locale.ROOT, "false alarms on records expecting no "
              + "event: %d of %d", falseAlarms(), empty));
    }
    BiPredicate<EventGold.Expected, Predicted> exact = DYAD.and((g, p) -> g.code().equals(p.code()));
    List<Score> rows = new ArrayList<>(List.of(score(label + ", all rows", ALL_ROWS, (g, p) -> true),
        score(label + ", coded rows", CODED_ROWS, (g, p) -> true),
        score("source + target + root, all rows", ALL_ROWS, DYAD), dyads(),
        score("source + target + code, all rows", ALL_ROWS, exact),
        score("source + target + code, coded rows", CODED_ROWS, exact)));
    rows.addAll(perType("root "));
    return new Report("", rows)
        .with("exact sets", exactSets(ALL_ROWS), String.format(Locale.ROOT, "records %d, exact %s set: all rows %d "
            + "(%.3f), coded rows %d (%.3f)", records.size(), label, exactSets(ALL_ROWS),
            share(exactSets(ALL_ROWS)), exactSets(CODED_ROWS), share(exactSets(CODED_ROWS))))
        .with("false alarms", falseAlarms(ALL_ROWS), String.format(Locale.ROOT, "false alarms on records expecting "
            + "no event: all rows %d of %d, coded rows %d of %d", falseAlarms(ALL_ROWS), empty,
            falseAlarms(CODED_ROWS), empty))
        .with("coded false alarms", falseAlarms(CODED_ROWS), "coded rows = actor_code filled and target_code "
            + "filled or no target (PETRARCH2's require_dyad); all rows = every row of events.csv");
  }

  List<Score> perType(String prefix) {
    return EventTypes.perType(records, prefix);
  }

  /** Precision of the predicted rows grouped by {@code key}: {credit, rows} per key ({@link EventTypes}). */
  java.util.Map<String, double[]> precisionBy(java.util.function.Function<Predicted, String> key) {
    return EventTypes.precisionBy(records, key);
  }

  /** Records whose predicted type set differs from the gold one (all rows). */
  List<String> errors(int limit) {
    List<String> errors = new ArrayList<>();
    for (Scored r : records) {
      if (!typeSet(r, ALL_ROWS).equals(goldTypes(r))) {
        errors.add(r.gold().id() + ": gold " + r.gold().events() + " predicted " + r.predicted() + " | "
            + r.gold().text());
      }
    }
    return errors.subList(0, Math.min(limit, errors.size()));
  }

  private Score score(String name, Predicate<Predicted> keep, BiPredicate<EventGold.Expected, Predicted> same) {
    Score total = new Score(name, 0, 0, 0);
    for (Scored r : records) {
      List<Predicted> left = new ArrayList<>(r.predicted().stream().filter(keep).toList());
      int predicted = left.size();
      int tp = 0;
      for (EventGold.Expected g : r.gold().events()) {
        for (int i = 0; i < left.size(); i++) {
          if (left.get(i).type().equals(g.type()) && same.test(g, left.get(i))) {
            left.remove(i);
            tp++;
            break;
          }
        }
      }
      total = total.plus(Score.of(name, tp, predicted, r.gold().events().size()), name);
    }
    return total;
  }

  private int exactSets(Predicate<Predicted> keep) {
    return (int) records.stream().filter(r -> typeSet(r, keep).equals(goldTypes(r))).count();
  }

  private int falseAlarms(Predicate<Predicted> keep) {
    return (int) records.stream().filter(r -> r.gold().events().isEmpty())
        .filter(r -> r.predicted().stream().anyMatch(keep)).count();
  }

  private int emptyRecords() {
    return (int) records.stream().filter(r -> r.gold().events().isEmpty()).count();
  }

  private double share(int n) {
    return records.isEmpty() ? 0.0 : (double) n / records.size();
  }

  static List<String> typeSet(Scored r, Predicate<Predicted> keep) {
    return r.predicted().stream().filter(keep).map(Predicted::type).sorted().toList();
  }

  static List<String> goldTypes(Scored r) {
    return r.gold().events().stream().map(EventGold.Expected::type).sorted().toList();
  }
}
