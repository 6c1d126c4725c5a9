package org.dateline.eval;

import java.util.List;
import java.util.Locale;

/**
 * TempEval-3 Task A result. All four rows share the same predicted and gold totals; they differ in
 * what counts as correct.
 *
 * @param strict  same extent
 * @param relaxed overlapping extent (one-to-one)
 * @param type    relaxed match with the same TIMEX3 type
 * @param value   relaxed match with the same normalized value ("value F1" = relaxed F1 x value accuracy)
 */
public record TimexScore(Score strict, Score relaxed, Score type, Score value) {

  /** Share of relaxed matches whose type is right. */
  public double typeAccuracy() {
    return Score.ratio(type.tp(), relaxed.tp());
  }

  /** Share of relaxed matches whose value is right: how good normalization is, apart from finding. */
  public double valueAccuracy() {
    return Score.ratio(value.tp(), relaxed.tp());
  }

  public List<Score> rows() {
    return List.of(strict, relaxed, type, value);
  }

  /** The four rows and the two accuracies. */
  public Report report() {
    return new Report("", rows()).with("type accuracy", typeAccuracy(), String.format(Locale.ROOT,
            "type accuracy %.3f (%d/%d)", typeAccuracy(), type.tp(), relaxed.tp()))
        .with("value accuracy", valueAccuracy(), String.format(Locale.ROOT, "value accuracy %.3f (%d/%d)",
            valueAccuracy(), value.tp(), relaxed.tp()));
  }
}
