package org.dateline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every evaluation gives, in one shape: a title, the precision/recall/F1 rows, named figures that are not
 * P/R/F1 (speaker accuracy, false alarms, CPU), and the first errors for inspection. Rendered as Markdown, so the
 * output pastes into docs/ACCURACY.md; tests read the rows and figures by name.
 */
public record Report(String title, List<Score> scores, Map<String, Double> figures, List<String> notes,
                     List<String> errors) {

  public Report {
    scores = List.copyOf(scores);
    figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    notes = List.copyOf(notes);
    errors = List.copyOf(errors);
  }

  public Report(String title, List<Score> scores) {
    this(title, scores, Map.of(), List.of(), List.of());
  }

  /** The row labelled {@code label}; asking for a row the task does not report is a programming error. */
  public Score score(String label) {
    return scores.stream().filter(s -> s.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(title + " has no row '" + label + "'"));
  }

  public double figure(String name) {
    Double value = figures.get(name);
    if (value == null) {
      throw new IllegalArgumentException(title + " has no figure '" + name + "'");
    }
    return value;
  }

  /** The same report with one more named figure and the note that shows it. */
  public Report with(String figure, double value, String note) {
    Map<String, Double> more = new LinkedHashMap<>(figures);
    more.put(figure, value);
    List<String> moreNotes = new ArrayList<>(notes);
    if (!note.isEmpty()) {
      moreNotes.add(note);
    }
    return new Report(title, scores, more, moreNotes, errors);
  }

  /** This report followed by {@code other}'s rows, figures and notes (two scorers of one task). */
  public Report and(Report other) {
    List<Score> rows = new ArrayList<>(scores);
    rows.addAll(other.scores);
    Map<String, Double> all = new LinkedHashMap<>(figures);
    all.putAll(other.figures);
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(other.notes);
    return new Report(title, rows, all, allNotes, errors);
  }

  /** This report with the first errors listed for inspection. */
  public Report withErrors(List<String> found) {
    return new Report(title, scores, figures, notes, found);
  }

  /**
   * This report (on every document) with the same task's reports on the two fixed halves: their rows and figures
   * under the suffixes {@link #HALF_A} and {@link #HALF_B}, rendered beside the whole set's.
   */
  public Report withHalves(Report a, Report b, int documentsA, int documentsB) {
    List<Score> rows = new ArrayList<>(scores);
    Map<String, Double> all = new LinkedHashMap<>(figures);
    for (Report half : List.of(a, b)) {
      String suffix = half == a ? HALF_A : HALF_B;
      half.scores.forEach(s -> rows.add(new Score(s.label() + suffix, s.tp(), s.fp(), s.fn())));
      half.figures.forEach((name, value) -> all.put(name + suffix, value));
    }
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.add(String.format(java.util.Locale.ROOT, "Halves by document id hash (EvalTask.inFirstHalf): A %d, "
        + "B %d documents.", documentsA, documentsB));
    for (Report half : List.of(a, b)) {
      half.notes.forEach(n -> allNotes.add((half == a ? "A: " : "B: ") + n));
    }
    return new Report(title, rows, all, allNotes, errors);
  }

  /** Suffixes of the rows and figures of the two fixed halves ({@link #withHalves}). */
  public static final String HALF_A = " (half A)";
  public static final String HALF_B = " (half B)";

  public Report titled(String newTitle) {
    return new Report(newTitle, scores, figures, notes, errors);
  }

  public String render() {
    StringBuilder out = new StringBuilder("## ").append(title).append('\n');
    if (!scores.isEmpty()) {
      out.append(HalfTable.render(scores)).append('\n');
    }
    if (!notes.isEmpty()) {
      out.append('\n').append(String.join("\n", notes)).append('\n');
    }
    errors.forEach(e -> out.append("  ").append(e).append('\n'));
    return out.toString();
  }
}
