package org.dateline.spark;

import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dateline.table.Table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;

/**
 * A table's text cells as typed Parquet columns, typed as the CLI's {@code --format parquet} types them (see
 * {@code table.TypedCell}): an empty cell null, integers {@code long}, decimals {@code double}, booleans, lists
 * arrays of strings, everything else (codes, ids, dates, text) a string.
 */
final class TypedColumns {

  private TypedColumns() {
  }

  static Dataset<Row> of(Table table, Dataset<Row> rows) {
    Column[] typed = new Column[table.columns().size()];
    for (int i = 0; i < typed.length; i++) {
      org.dateline.table.Column c = table.columns().get(i);
      Column cell = when(col(c.name()).equalTo(""), lit(null).cast("string")).otherwise(col(c.name()));
      typed[i] = (switch (c.type()) {
        case INTEGER -> cell.cast("long");
        case DECIMAL -> cell.cast("double");
        case BOOLEAN -> cell.cast("boolean");
        case LIST -> split(cell, Pattern.quote(Table.LIST_SEPARATOR));
        case CODE, TEXT, DATE -> cell;
      }).as(c.name());
    }
    return rows.select(typed);
  }
}
