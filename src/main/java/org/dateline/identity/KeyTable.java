package org.dateline.identity;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the resolver knows of each distinct {@code entity_key} of a run: the names its entities.csv rows give it,
 * with how many rows said so. One entry per key, never per mention or
 * article, so it stays small on any corpus; the order rows are added in does not matter, so the CLI (one pass over
 * entities.csv) and the Spark job (counts collected from its executors) build the same table.
 */
public final class KeyTable implements Serializable {

  /** One key's counts. */
  static final class Entry implements Serializable {
    final String key;
    final Map<String, Long> names = new HashMap<>();
    long rows;

    Entry(String key) {
      this.key = key;
    }

    String type() {
      int colon = key.indexOf(':');
      return colon < 0 ? "" : key.substring(0, colon);
    }

    /** The name most rows give; ties go to the longer, then the alphabetically first. */
    String name() {
      return best(names, Comparator.comparing((Map.Entry<String, Long> e) -> -e.getKey().length()));
    }

    private static String best(Map<String, Long> counts, Comparator<Map.Entry<String, Long>> tie) {
      return counts.entrySet().stream()
          .min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(tie)
              .thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).orElse("");
    }
  }

  private final Map<String, Entry> entries = new TreeMap<>();

  /** {@code rows} entities.csv rows of {@code key} with this name; the same key may come any number of times. */
  public void add(String key, String name, long rows) {
    if (key.isEmpty()) {
      return;
    }
    Entry e = entries.computeIfAbsent(key, Entry::new);
    e.rows += rows;
    e.names.merge(name, rows, Long::sum);
  }

  /** Every key's entry, in key order (so resolution is the same whatever order the rows came in). */
  Iterable<Entry> entries() {
    return entries.values();
  }

  int size() {
    return entries.size();
  }
}
