package org.dateline.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TempEval-3 Task A scoring of TIMEX3 extents, types and values, accumulated over documents.
 *
 * <p>Gold and predicted timexes are first filtered to the scored types (default DATE and TIME, which is
 * what the project extracts; TempEval-3 itself scored {@link #ALL_TYPES}). Then each document is aligned
 * one-to-one: candidate pairs are taken greedily by largest overlap, an exact extent winning a tie, then
 * gold order, then prediction order. So one long prediction covering two gold dates matches only one.
 */
public final class TimexScorer implements Scorer {

  public static final Set<String> DEFAULT_TYPES = Set.of("DATE", "TIME");
  public static final Set<String> ALL_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final Set<String> types;
  private final List<SpanError> errors = new ArrayList<>();
  private int gold;
  private int predicted;
  private int strict;
  private int relaxed;
  private int typeRight;
  private int valueRight;

  public TimexScorer() {
    this(DEFAULT_TYPES);
  }

  public TimexScorer(Set<String> types) {
    this.types = Set.copyOf(types);
  }

  /** Parses a type list as given on a command line: {@code "DATE,TIME"} or {@code "ALL"}. */
  public static Set<String> parseTypes(String spec) {
    if (spec.trim().equalsIgnoreCase("ALL")) {
      return ALL_TYPES;
    }
    return Arrays.stream(spec.split(",")).map(t -> t.trim().toUpperCase(Locale.ROOT))
        .filter(t -> !t.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  /** Scores one document's predicted timexes (code point offsets) against its gold. */
  @Override
  public void add(GoldDocument doc, List<Span> predictedSpans) {
    List<Span> g = doc.spans().stream().filter(s -> types.contains(s.type())).toList();
    List<Span> p = predictedSpans.stream().filter(s -> types.contains(s.type())).toList();
    gold += g.size();
    predicted += p.size();

    List<int[]> pairs = new ArrayList<>();  // {overlap, exact ? 1 : 0, gold index, predicted index}
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        int overlap = g.get(i).overlap(p.get(j));
        if (overlap > 0) {
          pairs.add(new int[] {overlap, g.get(i).sameExtent(p.get(j)) ? 1 : 0, i, j});
        }
      }
    }
    pairs.sort(Comparator.<int[]>comparingInt(a -> -a[0]).thenComparingInt(a -> -a[1])
        .thenComparingInt(a -> a[2]).thenComparingInt(a -> a[3]));

    boolean[] goldUsed = new boolean[g.size()];
    boolean[] predUsed = new boolean[p.size()];
    List<SpanError> found = new ArrayList<>();
    for (int[] pair : pairs) {
      if (goldUsed[pair[2]] || predUsed[pair[3]]) {
        continue;
      }
      goldUsed[pair[2]] = true;
      predUsed[pair[3]] = true;
      match(doc, g.get(pair[2]), p.get(pair[3]), found);
    }
    for (int i = 0; i < g.size(); i++) {
      if (!goldUsed[i]) {
        found.add(SpanError.of(doc, SpanError.Kind.MISSED, g.get(i), null));
      }
    }
    for (int j = 0; j < p.size(); j++) {
      if (!predUsed[j]) {
        found.add(SpanError.of(doc, SpanError.Kind.SPURIOUS, null, p.get(j)));
      }
    }
    found.sort(Comparator.comparingInt(SpanError::start));
    errors.addAll(found);
  }

  /** Counts a relaxed match, with one error entry per thing it gets wrong. */
  private void match(GoldDocument doc, Span g, Span p, List<SpanError> found) {
    relaxed++;
    if (g.sameExtent(p)) {
      strict++;
    } else {
      found.add(SpanError.of(doc, SpanError.Kind.PARTIAL, g, p));
    }
    if (g.type().equals(p.type())) {
      typeRight++;
    } else {
      found.add(SpanError.of(doc, SpanError.Kind.WRONG_TYPE, g, p));
    }
    if (g.value().equals(p.value())) {
      valueRight++;
    } else {
      found.add(SpanError.of(doc, SpanError.Kind.WRONG_VALUE, g, p));
    }
  }

  @Override
  public Report report() {
    return score().report();
  }

  public TimexScore score() {
    return new TimexScore(Score.of("strict", strict, predicted, gold),
        Score.of("relaxed", relaxed, predicted, gold),
        Score.of("type", typeRight, predicted, gold),
        Score.of("value", valueRight, predicted, gold));
  }

  /** The first {@code limit} errors in document order, for inspection. */
  @Override
  public List<SpanError> errors(int limit) {
    return errors.stream().limit(limit).toList();
  }
}
