package org.dateline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores quotes as the quotes-dev README defines it: one-to-one matching by overlap (shared length over the
 * longer span) of at least 0.5, speaker accuracy over matched quotes (right when the names agree, one being a
 * token suffix of the other, or the speaker spans overlap; a gold quote without speaker needs none), and
 * end-to-end figures where a match counts only with the right speaker. {@code kinds} restricts both sides
 * (e.g. direct only); empty means all attributions.
 */
public final class QuoteScorer {

  private final Set<String> kinds;
  private final String label;
  private int gold;
  private int predicted;
  private int exact;
  private int matched;
  private int speakerByName;
  private int speakerRight;

  public QuoteScorer(String label, Set<String> kinds) {
    this.label = label;
    this.kinds = Set.copyOf(kinds);
  }

  public void add(List<QuoteSpan> goldSpans, List<QuoteSpan> predictedSpans) {
    List<QuoteSpan> g = goldSpans.stream().filter(q -> kinds.isEmpty() || kinds.contains(q.kind())).toList();
    List<QuoteSpan> p = predictedSpans.stream().filter(q -> kinds.isEmpty() || kinds.contains(q.kind())).toList();
    gold += g.size();
    predicted += p.size();
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        double r = g.get(i).overlapRatio(p.get(j));
        if (r >= 0.5) {
          pairs.add(new double[] {r, i, j});
        }
      }
    }
    pairs.sort(Comparator.<double[]>comparingDouble(a -> -a[0]).thenComparingDouble(a -> a[1])
        .thenComparingDouble(a -> a[2]));
    boolean[] gUsed = new boolean[g.size()];
    boolean[] pUsed = new boolean[p.size()];
    for (double[] pair : pairs) {
      int i = (int) pair[1];
      int j = (int) pair[2];
      if (gUsed[i] || pUsed[j]) {
        continue;
      }
      gUsed[i] = true;
      pUsed[j] = true;
      matched++;
      exact += pair[0] == 1.0 ? 1 : 0;
      boolean byName = sameSpeakerName(g.get(i), p.get(j));
      speakerByName += byName ? 1 : 0;
      speakerRight += byName || g.get(i).speakerOverlaps(p.get(j)) ? 1 : 0;
    }
  }

  static boolean sameSpeakerName(QuoteSpan g, QuoteSpan p) {
    if (!g.hasSpeaker() || !p.hasSpeaker()) {
      return !g.hasSpeaker() && !p.hasSpeaker();
    }
    List<String> a = words(g.speaker());
    List<String> b = words(p.speaker());
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
  }

  private static List<String> words(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("[^\\p{L}\\p{N} ]", " ");
    List<String> out = new ArrayList<>(List.of(s.trim().split("\\s+")));
    out.removeIf(w -> w.isEmpty() || w.equals("the"));
    return out;
  }

  public Score quotes() {
    return Score.of(label + " quote (overlap>=.5)", matched, predicted, gold);
  }

  public Score exactQuotes() {
    return Score.of(label + " quote (exact)", exact, predicted, gold);
  }

  public Score endToEnd() {
    return Score.of(label + " end-to-end", speakerRight, predicted, gold);
  }

  /** Speaker accuracy over matched quotes (name or span rule). */
  public double speakerAccuracy() {
    return Score.ratio(speakerRight, matched);
  }

  public double speakerAccuracyByName() {
    return Score.ratio(speakerByName, matched);
  }

  /** The rows of this scorer's kinds; the speaker accuracies as figures "LABEL speaker accuracy" (and "by name"). */
  public Report report() {
    return new Report("", List.of(exactQuotes(), quotes(), endToEnd()))
        .with(label + " speaker accuracy", speakerAccuracy(), String.format(Locale.ROOT,
            "%s speaker accuracy over %d matched: name_or_span %.3f, name %.3f", label, matched, speakerAccuracy(),
            speakerAccuracyByName()))
        .with(label + " speaker accuracy by name", speakerAccuracyByName(), "");
  }
}
