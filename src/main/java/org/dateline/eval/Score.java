package org.dateline.eval;

import java.util.List;
import java.util.Locale;

/**
 * Match counts for one row of a report (a type, a micro average, a TIMEX match mode) and the
 * precision, recall and F1 derived from them.
 *
 * <p>Only counts are stored, so scores from several files or runs can be summed with {@link #plus}
 * and the ratios stay exact. A ratio with a zero denominator is 0, as in most scorers.
 */
public record Score(String label, int tp, int fp, int fn) {

  /** Header and separator line of the table that {@link #markdownRow()} rows belong to. */
  public static final String MARKDOWN_HEADER =
      "| | P | R | F1 | tp | fp | fn |\n|---|---:|---:|---:|---:|---:|---:|";

  public Score {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count in " + tp + "/" + fp + "/" + fn);
    }
    label = label == null ? "" : label;
  }

  /** A score from the number of correct, predicted and gold items. */
  public static Score of(String label, int correct, int predicted, int gold) {
    return new Score(label, correct, predicted - correct, gold - correct);
  }

  public int predicted() {
    return tp + fp;
  }

  public int gold() {
    return tp + fn;
  }

  public double precision() {
    return ratio(tp, tp + fp);
  }

  public double recall() {
    return ratio(tp, tp + fn);
  }

  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  /** Sum of the counts, under a new label (micro averaging). */
  public Score plus(Score other, String newLabel) {
    return new Score(newLabel, tp + other.tp, fp + other.fp, fn + other.fn);
  }

  public String markdownRow() {
    return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |",
        label, precision(), recall(), f1(), tp, fp, fn);
  }

  public static String markdownTable(List<Score> rows) {
    StringBuilder sb = new StringBuilder(MARKDOWN_HEADER);
    for (Score row : rows) {
      sb.append('\n').append(row.markdownRow());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
        label, precision(), recall(), f1(), tp, fp, fn);
  }

  static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }
}
