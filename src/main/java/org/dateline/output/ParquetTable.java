package org.dateline.output;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.dateline.table.Column;
import org.dateline.table.Table;

/**
 * A table's JSON Lines file ({@link JsonlTable}) as a Parquet file, converted by an embedded DuckDB: the JSONL is
 * already typed, so the Parquet file holds the same rows, in the same order, with the same values. The column
 * types are given, never guessed from the data, so an empty table or a column that is empty throughout still
 * gets its documented type.
 */
final class ParquetTable {

  private ParquetTable() {
  }

  /** The Parquet type of a column: BIGINT, DOUBLE, BOOLEAN, a list of strings, or a string. */
  static String sqlType(Column column) {
    return switch (column.type()) {
      case INTEGER -> "BIGINT";
      case DECIMAL -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case LIST -> "VARCHAR[]";
      case CODE, TEXT, DATE -> "VARCHAR";
    };
  }

  /** Converts {@code jsonl} (a {@code table} written by {@link JsonlTable}) to {@code target}. */
  static void write(Table table, Path jsonl, Path target, Path scratch) throws IOException {
    String columns = table.columns().stream().map(c -> quote(c.name()) + ": " + quote(sqlType(c)))
        .collect(Collectors.joining(", ", "{", "}"));
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
         Statement sql = db.createStatement()) {
      // Bounded and local: a couple of threads, spilling into the progress folder, never fetching extensions.
      sql.execute("SET threads TO 2");
      sql.execute("SET memory_limit = '1GB'");
      sql.execute("SET temp_directory = " + quote(scratch.toString()));
      sql.execute("SET autoinstall_known_extensions = false");
      sql.execute("SET preserve_insertion_order = true");
      sql.execute("COPY (SELECT * FROM read_json(" + quote(jsonl.toString()) + ", format = 'newline_delimited', "
          + "columns = " + columns + ", maximum_object_size = 67108864)) TO " + quote(target.toString())
          + " (FORMAT parquet, COMPRESSION zstd)");
    } catch (SQLException e) {
      throw new IOException("cannot write " + target + " from " + jsonl + ": " + e.getMessage(), e);
    }
  }

  /** A SQL string literal. */
  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
