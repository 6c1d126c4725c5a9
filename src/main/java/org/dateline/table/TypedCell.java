package org.dateline.table;

import java.util.List;

/**
 * A CSV cell as the typed value a typed format (JSONL, Parquet, a spreadsheet) stores: the one reading of
 * {@link Column.Type}, so every format types a column the same way. An empty cell is null in every type.
 */
public final class TypedCell {

  private TypedCell() {
  }

  /**
   * The value of {@code cell} in a column of {@code type}: null when empty; a {@link Long} (INTEGER), a
   * {@link Double} (DECIMAL), a {@link Boolean} (BOOLEAN), a {@code List<String>} (LIST); the text otherwise (CODE,
   * TEXT and DATE stay text, so {@code 030} keeps its zero).
   *
   * @throws IllegalArgumentException when a number or boolean column holds something else (a table of another
   *     Dateline version, or edited by hand), naming the column and the cell
   */
  public static Object of(Column column, String cell) {
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    try {
      return switch (column.type()) {
        case INTEGER -> Long.valueOf(cell);
        case DECIMAL -> Double.valueOf(cell);
        case BOOLEAN -> bool(cell);
        case LIST -> List.of(cell.split(java.util.regex.Pattern.quote(Table.LIST_SEPARATOR), -1));
        case CODE, TEXT, DATE -> cell;
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("column " + column.name() + " holds '" + cell + "', not a "
          + column.type().name().toLowerCase(java.util.Locale.ROOT) + "; run extract again with --overwrite", e);
    }
  }

  private static Boolean bool(String cell) {
    return switch (cell) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not a boolean: " + cell);
    };
  }
}
