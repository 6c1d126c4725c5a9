package org.dateline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact-match NER scoring (CoNLL style): a prediction counts only if its extent and its type both equal
 * a gold span's. Accumulates over documents; read {@link #scores()} at the end.
 *
 * <p>Only the scored types (default PER, LOC, ORG) are counted, on both sides: a MISC or DATE span,
 * gold or predicted, neither helps nor hurts. Predicted CoreNLP labels are first mapped to the gold
 * tag set with {@link #mapType}, the map the ner-dev README gives for its scorer.
 */
public final class NerScorer implements Scorer {

  public static final List<String> DEFAULT_TYPES = List.of("PER", "LOC", "ORG");

  private static final Map<String, String> CORENLP_TO_GOLD = Map.of(
      "PERSON", "PER",
      "LOCATION", "LOC", "CITY", "LOC", "COUNTRY", "LOC", "STATE_OR_PROVINCE", "LOC",
      "ORGANIZATION", "ORG");

  private final Map<String, Score> byType = new LinkedHashMap<>();
  private final List<SpanError> errors = new ArrayList<>();

  public NerScorer() {
    this(DEFAULT_TYPES);
  }

  /** @param types the gold types to score, in report order */
  public NerScorer(List<String> types) {
    for (String type : types) {
      byType.put(type, new Score(type, 0, 0, 0));
    }
  }

  /** Gold tag for a CoreNLP NER label; labels outside the map (PER, MISC, DATE...) pass unchanged. */
  public static String mapType(String label) {
    return CORENLP_TO_GOLD.getOrDefault(label, label);
  }

  /** Scores one document's predictions (code point offsets, CoreNLP or gold labels) against its gold. */
  @Override
  public void add(GoldDocument gold, List<Span> predicted) {
    List<Span> mapped = predicted.stream().map(p -> p.withType(mapType(p.type()))).toList();
    // Unmatched gold as a list, so a duplicated prediction matches once and then counts as spurious.
    List<Span> missed = new ArrayList<>(
        gold.spans().stream().filter(this::scored).map(NerScorer::key).toList());
    List<Span> spurious = new ArrayList<>();
    for (Span p : mapped) {
      if (!scored(p)) {
        continue;
      }
      if (missed.remove(key(p))) {
        count(p.type(), 1, 0, 0);
      } else {
        spurious.add(p);
        count(p.type(), 0, 1, 0);
      }
    }
    for (Span g : missed) {
      count(g.type(), 0, 0, 1);
    }
    recordErrors(gold, mapped, missed, spurious);
  }

  /** Per-type scores in the configured order, then the micro average over them, labelled "micro". */
  public List<Score> scores() {
    List<Score> rows = new ArrayList<>(byType.values());
    rows.add(micro());
    return rows;
  }

  public Score score(String type) {
    Score s = byType.get(type);
    if (s == null) {
      throw new IllegalArgumentException("type not scored: " + type + " (scored: " + byType.keySet() + ")");
    }
    return s;
  }

  public Score micro() {
    return byType.values().stream().reduce(new Score("micro", 0, 0, 0), (a, b) -> a.plus(b, "micro"));
  }

  /** The first {@code limit} errors in document order, for inspection. */
  @Override
  public List<SpanError> errors(int limit) {
    return errors.stream().limit(limit).toList();
  }

  @Override
  public Report report() {
    return new Report("", scores());
  }

  private boolean scored(Span s) {
    return byType.containsKey(s.type());
  }

  private static Span key(Span s) {
    return new Span(s.start(), s.end(), s.type());
  }

  private void count(String type, int tp, int fp, int fn) {
    byType.merge(type, new Score(type, tp, fp, fn), (a, b) -> a.plus(b, type));
  }

  /** A missed gold span and a spurious prediction with the same extent are listed once, as WRONG_TYPE. */
  private void recordErrors(GoldDocument gold, List<Span> predicted, List<Span> missed, List<Span> spurious) {
    List<SpanError> found = new ArrayList<>();
    for (Span g : missed) {
      Span p = predicted.stream().filter(g::sameExtent).findFirst().orElse(null);
      found.add(SpanError.of(gold, p == null ? SpanError.Kind.MISSED : SpanError.Kind.WRONG_TYPE, g, p));
    }
    for (Span p : spurious) {
      Span g = gold.spans().stream().filter(p::sameExtent).findFirst().orElse(null);
      if (g == null) {
        found.add(SpanError.of(gold, SpanError.Kind.SPURIOUS, null, p));
      } else if (!scored(g)) {
        // Gold MISC predicted ORG: not seen from the gold side, since MISC is not scored.
        found.add(SpanError.of(gold, SpanError.Kind.WRONG_TYPE, g, p));
      }
    }
    found.sort(Comparator.comparingInt(SpanError::start));
    errors.addAll(found);
  }
}
