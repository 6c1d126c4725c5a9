package org.dateline.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.doc.Coding;
import org.dateline.events.Confidence;
import org.dateline.events.Lexicon;

/**
 * Developer tool (not shipped): derives {@code models/events/confidence.tsv}, the precision of each (type, rule kind)
 * on the development sets, from the events stage run on parses cached by {@code NlpCacheDump}. Args: events-gold
 * events-cache plover-gold plover-cache out.tsv. Rows of both sets are pooled, keyed by PLOVER type (events-dev's
 * CAMEO codes mapped as the events table maps them; roots 01/02 as "root 01"/"root 02") and rule kind; a row's
 * credit is its share of its record's true positives of its type. plover-dev counts an act of several parties once
 * (its first row), as {@code eval plover} does. A (type, kind) cell is written when it has at
 * least {@link #MIN_ROWS} rows, else the type's pooled figure when that has, and always the figure of all rows.
 */
public final class EventConfidence {

  static final int MIN_ROWS = 5;

  private EventConfidence() {
  }

  public static void main(String[] args) throws Exception {
    Lexicon lexicon = Lexicon.load(null);
    Map<String, double[]> cells = new TreeMap<>();
    for (int set = 0; set < 2; set++) {
      boolean plover = set == 1;
      EventScorer all = EventTune.score(plover, Path.of(args[2 * set]), Path.of(args[2 * set + 1]), null,
          Set.of())[0];
      all.precisionBy(p -> type(lexicon, p) + "\t" + Confidence.kind(p.rule())).forEach((k, v) -> {
        add(cells, k, v);
        add(cells, k.substring(0, k.indexOf('\t')) + "\t*", v);
        add(cells, "*\t*", v);
      });
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8))) {
      out.println("# Precision of each (PLOVER type or CAMEO root 01/02, rule kind) on events-dev + plover-dev, pooled;");
      out.println("# derived by src/tools/java/org/dateline/eval/EventConfidence.java (see docs/ACCURACY.md, Events).");
      out.println("# kind: verb (a verb's default code), pattern (a verb+object pattern), noun (eventive noun); * = all.");
      out.println("# A cell is listed when it has at least " + MIN_ROWS + " predicted rows; else the type's, else all rows.");
      out.println("type\tkind\tprecision\tcredit\trows");
      cells.forEach((k, v) -> {
        if (v[1] >= MIN_ROWS || k.equals("*\t*")) {
          out.printf(Locale.ROOT, "%s\t%.2f\t%.1f\t%.0f%n", k, v[0] / v[1], v[0], v[1]);
        }
      });
    }
  }

  /** events-dev rows carry a CAMEO root as type: the PLOVER type of their code, as events.csv has it. */
  private static String type(Lexicon lexicon, EventScorer.Predicted p) {
    if (!p.type().matches("\\d\\d")) {
      return p.type();
    }
    return lexicon.coding(p.code()).map(Confidence::type).orElse("root " + p.type());
  }

  private static void add(Map<String, double[]> cells, String key, double[] v) {
    double[] t = cells.computeIfAbsent(key, k -> new double[2]);
    t[0] += v[0];
    t[1] += v[1];
  }
}
