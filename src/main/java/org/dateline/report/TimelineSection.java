package org.dateline.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/** When: articles by publication month, and the dates the articles mention by year (their normalized value). */
final class TimelineSection {

  private TimelineSection() {
  }

  static String render(Path dir) {
    Map<String, Long> published = new TreeMap<>();
    try (TableReader r = TableReader.open(dir, Table.ARTICLES)) {
      r.forEachRemaining(a -> published.merge(month(a.get("published")), 1L, Long::sum));
    }
    Map<String, Long> years = new TreeMap<>();
    try (TableReader r = TableReader.open(dir, Table.MENTIONS)) {
      while (r.hasNext()) {
        TableRow m = r.next();
        String v = m.get("normalized");
        if (m.get("type").equals("DATE") && v.matches("\\d{4}.*")) {
          years.merge(v.substring(0, 4), 1L, Long::sum);
        }
      }
    }
    StringBuilder b = new StringBuilder(Html.bars("Articles by month of publication", published));
    if (!years.isEmpty()) {
      b.append(Html.bars("Dates mentioned, by year", years));
    }
    return b.toString();
  }

  /** A bounded key: months for the chart (a run over decades still gives a few hundred bars at most). */
  private static String month(String published) {
    return published.length() >= 7 ? published.substring(0, 7) : "(unknown)";
  }
}
