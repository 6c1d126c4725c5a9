package org.dateline.table;

/**
 * One column of a table: its name and what its cells hold. The CSV holds every cell as text; the type says how a
 * typed format or a reader should take it (an empty cell is always "no value").
 */
public record Column(String name, Type type) {

  /** What the cells of a column hold. */
  public enum Type {
    /** Free text. */
    TEXT,
    /** An identifier or code that must stay text even when it looks like a number (CAMEO {@code 030}, ids). */
    CODE,
    INTEGER,
    /** A decimal number written with a dot ({@code -5.0}). */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An ISO date {@code yyyy-MM-dd}. */
    DATE,
    /** Values separated by {@link Table#LIST_SEPARATOR}. */
    LIST
  }
}
