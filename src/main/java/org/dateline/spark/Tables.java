package org.dateline.spark;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dateline.table.Table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

/**
 * Each per-article table as a projection of the saved results: one row per cell list, columns named as in
 * {@link Table}, ordered as the CLI orders its tables (articles in input order, then each article's rows in
 * their own order), so the part files, read in name order, hold the rows in the CLI's order.
 */
final class Tables {

  private Tables() {
  }

  static Dataset<Row> of(Dataset<Row> results, Table table) {
    Dataset<Row> rows = table == Table.ARTICLES
        ? results.select(col("file"), col("ordinal"), lit(0).as("pos"), col("article").as("cells"))
        : results.select(col("file"), col("ordinal"),
            posexplode(col(ResultRows.field(table))).as(new String[] {"pos", "cells"}));
    return rows.orderBy("file", "ordinal", "pos").select(columns(table, "cells"));
  }

  /** The cells of an array column as the table's named columns. */
  static Column[] columns(Table table, String cells) {
    List<String> names = table.columnNames();
    Column[] columns = new Column[names.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = col(cells).getItem(i).as(names.get(i));
    }
    return columns;
  }
}
