package org.dateline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cross-document identity as people-dev's {@code score_identity.py} scores it: each gold mention takes the
 * {@code entity_key} of the predicted mention of its coarse type that overlaps it most (ties: the nearer start,
 * then the first); none leaves it a singleton. Over all gold mentions pooled: B-cubed precision and recall of the
 * keys against the Wikipedia titles, and pairwise P/R/F1 over cross-document mention pairs, plain and
 * macro-averaged (recall per gold title, precision per predicted key, over those with a cross-document pair).
 */
final class IdentityScorer {

  /** A gold mention: its document, span, coarse type (PER, LOC, ORG) and Wikipedia title. */
  record Gold(String doc, int begin, int end, String type, String wiki) {
  }

  /** A predicted mention of a document: span, coarse type and the key of its entity. */
  record Predicted(int begin, int end, String type, String key) {
  }

  /** A scored gold mention: its document, title and aligned key (null for none). */
  private record Item(String doc, String wiki, String key) {
  }

  private final List<Item> items = new ArrayList<>();

  void add(Gold g, List<Predicted> inDocument) {
    Predicted best = null;
    int bestOverlap = 0;
    int bestDistance = 0;
    for (Predicted p : inDocument) {
      int overlap = Math.min(p.end(), g.end()) - Math.max(p.begin(), g.begin());
      int distance = Math.abs(p.begin() - g.begin());
      if (p.type().equals(g.type()) && overlap > 0
          && (best == null || overlap > bestOverlap || overlap == bestOverlap && distance < bestDistance)) {
        best = p;
        bestOverlap = overlap;
        bestDistance = distance;
      }
    }
    items.add(new Item(g.doc(), g.wiki(), best == null ? null : best.key()));
  }

  int mentions() {
    return items.size();
  }

  /** B-cubed precision and recall; an unaligned mention is a cluster of its own. */
  double[] bcubed() {
    Map<String, Integer> gold = count(Item::wiki);
    Map<String, Integer> predicted = count(Item::key);
    Map<List<String>, Integer> both = new HashMap<>();
    items.stream().filter(i -> i.key() != null).forEach(i -> both.merge(List.of(i.wiki(), i.key()), 1, Integer::sum));
    double p = 0;
    double r = 0;
    for (Item i : items) {
      int inter = i.key() == null ? 1 : both.get(List.of(i.wiki(), i.key()));
      p += (double) inter / (i.key() == null ? 1 : predicted.get(i.key()));
      r += (double) inter / gold.get(i.wiki());
    }
    int n = items.size();
    return n == 0 ? new double[2] : new double[] {p / n, r / n};
  }

  /** Cross-document pairs: correct, predicted, gold. */
  Score pairs(String label) {
    long correct = crossPairs(items, i -> i.key() == null ? null : i.wiki() + "\t" + i.key());
    return Score.of(label, (int) correct, (int) crossPairs(items, Item::key), (int) crossPairs(items, Item::wiki));
  }

  /** Macro precision (per predicted key) and recall (per gold title), over those with a cross-document pair. */
  double[] macro() {
    return new double[] {average(Item::key, Item::wiki), average(Item::wiki, Item::key)};
  }

  private double average(Function<Item, String> group, Function<Item, String> other) {
    Map<String, List<Item>> groups = new HashMap<>();
    items.stream().filter(i -> group.apply(i) != null)
        .forEach(i -> groups.computeIfAbsent(group.apply(i), k -> new ArrayList<>()).add(i));
    double sum = 0;
    int n = 0;
    for (List<Item> g : groups.values()) {
      long all = crossPairs(g, i -> "");
      if (all > 0) {
        sum += (double) crossPairs(g, other) / all;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private Map<String, Integer> count(Function<Item, String> key) {
    Map<String, Integer> counts = new HashMap<>();
    items.stream().filter(i -> key.apply(i) != null).forEach(i -> counts.merge(key.apply(i), 1, Integer::sum));
    return counts;
  }

  /** Pairs of items in different documents that share a (non-null) key. */
  private static long crossPairs(List<Item> items, Function<Item, String> key) {
    Map<String, Long> total = new HashMap<>();
    Map<List<String>, Long> perDoc = new HashMap<>();
    for (Item i : items) {
      String k = key.apply(i);
      if (k != null) {
        total.merge(k, 1L, Long::sum);
        perDoc.merge(List.of(k, i.doc()), 1L, Long::sum);
      }
    }
    long same = total.values().stream().mapToLong(n -> n * n).sum()
        - perDoc.values().stream().mapToLong(n -> n * n).sum();
    return same / 2;
  }
}
