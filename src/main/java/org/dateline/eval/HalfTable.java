package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a report's rows: a row that has counterparts on both halves ({@link Report#HALF_A}, {@link Report#HALF_B})
 * shows P/R/F1 on the whole set and on each half side by side, so a change can be read for both halves at a glance;
 * other rows keep {@link Score}'s table.
 */
final class HalfTable {

  private static final String HEADER = "| | P | R | F1 | tp | fp | fn | P A | R A | F1 A | P B | R B | F1 B |\n"
      + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  private HalfTable() {
  }

  static String render(List<Score> scores) {
    Map<String, Score> byLabel = scores.stream().collect(Collectors.toMap(Score::label, Function.identity(),
        (x, y) -> x));
    List<Score> whole = scores.stream().filter(s -> !isHalf(s.label())).toList();
    boolean halves = whole.stream().anyMatch(s -> byLabel.containsKey(s.label() + Report.HALF_A));
    if (!halves) {
      return Score.markdownTable(scores);
    }
    StringBuilder out = new StringBuilder(HEADER);
    List<Score> unpaired = new ArrayList<>();
    for (Score s : whole) {
      Score a = byLabel.get(s.label() + Report.HALF_A);
      Score b = byLabel.get(s.label() + Report.HALF_B);
      if (a == null && b == null) {
        unpaired.add(s);
        continue;
      }
      // a row one half lacks (a type no record of that half has) scores nothing there
      a = a == null ? new Score(s.label(), 0, 0, 0) : a;
      b = b == null ? new Score(s.label(), 0, 0, 0) : b;
      out.append('\n').append(s.markdownRow()).append(String.format(Locale.ROOT,
          " %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", a.precision(), a.recall(), a.f1(), b.precision(),
          b.recall(), b.f1()));
    }
    return unpaired.isEmpty() ? out.toString() : out + "\n\n" + Score.markdownTable(unpaired);
  }

  private static boolean isHalf(String label) {
    return label.endsWith(Report.HALF_A) || label.endsWith(Report.HALF_B);
  }
}
