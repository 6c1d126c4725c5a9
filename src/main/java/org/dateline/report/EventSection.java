package org.dateline.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/** Events by CAMEO root, by quad class over time (the event's date, by month), and the most frequent pairs. */
final class EventSection {

  static final int PAIRS = 20;
  /** Distinct actor → target pairs counted; beyond it new pairs are ignored, which bounds memory on a huge run. */
  private static final int MAX_PAIRS = 100_000;
  private static final String[] ROOTS = {"", "make public statement", "appeal", "express intent to cooperate",
      "consult", "diplomatic cooperation", "material cooperation", "provide aid", "yield", "investigate", "demand",
      "disapprove", "reject", "threaten", "protest", "exhibit force posture", "reduce relations", "coerce",
      "assault", "fight", "unconventional mass violence"};
  private static final String[] QUADS = {"", "verbal cooperation", "material cooperation", "verbal conflict",
      "material conflict"};

  private EventSection() {
  }

  static String render(Path dir) {
    Map<String, Long> roots = new TreeMap<>();
    Map<String, long[]> months = new TreeMap<>();
    Map<String, Long> pairs = new HashMap<>();
    long total = 0;
    try (TableReader r = TableReader.open(dir, Table.EVENTS)) {
      while (r.hasNext()) {
        TableRow e = r.next();
        total++;
        roots.merge(rootLabel(e.get("cameo_root")), 1L, Long::sum);
        int quad = e.number("quad_class");
        String date = e.get("date");
        if (quad >= 1 && quad <= 4 && date.matches("\\d{4}-\\d{2}.*")) {
          months.computeIfAbsent(date.substring(0, 7), m -> new long[5])[quad]++;
        }
        String pair = name(e, "actor") + " → " + name(e, "target");
        if (pairs.containsKey(pair) || pairs.size() < MAX_PAIRS) {
          pairs.merge(pair, 1L, Long::sum);
        }
      }
    }
    if (total == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder("<p>").append(total).append(" events.</p>");
    b.append(Html.bars("Events by CAMEO root", roots));
    List<List<String>> rows = new ArrayList<>();
    months.forEach((m, q) -> rows.add(List.of(m, Long.toString(q[1]), Long.toString(q[2]), Long.toString(q[3]),
        Long.toString(q[4]))));
    List<String> head = new ArrayList<>(List.of("month"));
    for (int i = 1; i <= 4; i++) {
      head.add(i + " " + QUADS[i]);
    }
    b.append(Html.table("Events by quad class and month of the event's date", head, rows));
    Map<String, Long> top = new LinkedHashMap<>();
    pairs.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(PAIRS).forEach(en -> top.put(en.getKey(), en.getValue()));
    b.append(Html.bars("Most frequent actor → target pairs (top " + PAIRS + ")", top));
    return b.toString();
  }

  private static String rootLabel(String root) {
    int n = root.matches("\\d{2}") ? Integer.parseInt(root) : 0;
    return n >= 1 && n <= 20 ? root + " " + ROOTS[n] : "(no root)";
  }

  private static String name(TableRow e, String role) {
    String name = e.get(role + "_name");
    return name.isEmpty() ? (e.get(role).isEmpty() ? "(none)" : e.get(role)) : name;
  }
}
