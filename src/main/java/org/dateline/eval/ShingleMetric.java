package org.dateline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScrapingHub article-extraction benchmark's metric (its evaluate.py, as {@code score.py} in html-dev restates
 * it), so that {@code eval html} prints the figure the published table uses: a text is the multiset of its 4-token
 * shingles; per page tp/fp/fn are the multiset overlaps normalized to sum to 1; precision is the mean over pages
 * with any output, recall the mean over pages, F1 the harmonic mean of those two means.
 */
final class ShingleMetric {

  /** Python's {@code \w} on str: letters, numbers (any script) and the underscore. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** One page's normalized overlaps. */
  record Page(double tp, double fp, double fn, boolean exact) {

    double precision() {
      return fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      return fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Figures over a set of pages. */
  record Figures(int pages, double precision, double recall, double f1, double accuracy) {
  }

  private ShingleMetric() {
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** A text of fewer than four tokens is one shorter shingle; an empty text has none (as in evaluate.py). */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  static Page page(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    boolean exact = tokens(truth).equals(tokens(predicted));
    return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum, exact) : new Page(0, 0, 0, exact);
  }

  static Figures figures(List<Page> pages) {
    double precision = pages.stream().filter(x -> x.tp() + x.fp() > 0).mapToDouble(Page::precision).average()
        .orElse(0);
    double recall = pages.stream().filter(x -> x.tp() + x.fn() > 0).mapToDouble(Page::recall).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double accuracy = pages.stream().mapToDouble(x -> x.exact() ? 1 : 0).average().orElse(0);
    return new Figures(pages.size(), precision, recall, f1, accuracy);
  }
}
