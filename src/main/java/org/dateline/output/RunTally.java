package org.dateline.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * A finished run counted back from its tables, one row at a time (never the whole table in memory): rows per table,
 * articles per status, tokens, and failures grouped by their error, each group naming its first few articles.
 * Shared by run.json and the report, so both say the same.
 */
public final class RunTally {

  /** Failure groups kept, and article ids kept per group: enough to see why, bounded for a huge run. */
  public static final int REASONS = 20;
  public static final int IDS_PER_REASON = 10;

  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final Map<String, Long> statuses = new TreeMap<>();
  private final Map<String, Failure> failures = new LinkedHashMap<>();
  private long tokens;
  private long millis;

  /** Articles that failed with one error: how many, and the first {@link #IDS_PER_REASON} of them. */
  public record Failure(String reason, long count, List<String> articleIds) {
  }

  public static RunTally of(Path dir) {
    RunTally t = new RunTally();
    for (Table table : Table.values()) {
      long n = 0;
      try (TableReader r = TableReader.open(dir, table)) {
        while (r.hasNext()) {
          TableRow row = r.next();
          n++;
          if (table == Table.ARTICLES) {
            t.article(row);
          }
        }
      }
      t.rows.put(table.fileName(), n);
    }
    return t;
  }

  private void article(TableRow row) {
    statuses.merge(row.get("status"), 1L, Long::sum);
    tokens += Math.max(0, row.number("tokens"));
    millis += row.get("millis").isEmpty() ? 0 : Long.parseLong(row.get("millis"));
    if (row.get("status").equals("ok")) {
      return;
    }
    String reason = row.get("error").isEmpty() ? "(no error given)" : row.get("error");
    Failure f = failures.get(reason);
    if (f == null && failures.size() >= REASONS) {
      reason = "(other reasons)";
      f = failures.get(reason);
    }
    List<String> ids = f == null ? new ArrayList<>() : new ArrayList<>(f.articleIds());
    if (ids.size() < IDS_PER_REASON) {
      ids.add(row.articleId());
    }
    failures.put(reason, new Failure(reason, f == null ? 1 : f.count() + 1, ids));
  }

  public Map<String, Long> rows() {
    return rows;
  }

  public Map<String, Long> statuses() {
    return statuses;
  }

  public long articles() {
    return rows.getOrDefault(Table.ARTICLES.fileName(), 0L);
  }

  public long ok() {
    return statuses.getOrDefault("ok", 0L);
  }

  public long failed() {
    return articles() - ok();
  }

  public long tokens() {
    return tokens;
  }

  /** Sum of the articles' millis cells (processing time per article; zero when run with --no-timings). */
  public long articleMillis() {
    return millis;
  }

  public List<Failure> failures() {
    return List.copyOf(failures.values());
  }
}
