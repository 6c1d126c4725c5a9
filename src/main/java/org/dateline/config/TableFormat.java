package org.dateline.config;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file format {@code extract --format} writes the tables in. CSV is always written: it is the journal a run
 * grows and resumes from, and what {@code report} and {@code eval} read; the others are derived from the finished
 * CSV tables when the run is published.
 */
public enum TableFormat {
  CSV, JSONL, PARQUET, XLSX;

  /** The option's value: the formats' names, comma-separated, in any case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The formats a {@code --format} value names (CSV always among them).
   *
   * @throws UsageException naming the unknown format and the known ones
   */
  public static Set<TableFormat> parse(String value) {
    Set<TableFormat> formats = EnumSet.of(CSV);
    for (String part : value.split(",")) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      TableFormat found = null;
      for (TableFormat f : values()) {
        if (f.label().equals(name)) {
          found = f;
        }
      }
      if (found == null) {
        throw new UsageException("--format " + value + ": unknown format '" + part.trim() + "'; choose among "
            + describe(EnumSet.allOf(TableFormat.class)) + " (several comma-separated, e.g. --format csv,parquet)");
      }
      formats.add(found);
    }
    return formats;
  }

  /** The formats as an option value: {@code csv,parquet}. */
  public static String describe(Set<TableFormat> formats) {
    return formats.stream().map(TableFormat::label).collect(Collectors.joining(","));
  }
}
