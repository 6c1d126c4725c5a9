package org.dateline.table;

import java.util.List;

/** One row of a table as read back: its cells by column name, exactly as the file holds them. */
public record TableRow(Table table, List<String> cells) {

  public TableRow {
    cells = List.copyOf(cells);
  }

  public String get(String column) {
    return cells.get(table.indexOf(column));
  }

  /** An integer column's value; an empty cell (no speaker, no cue) is -1. */
  public int number(String column) {
    String cell = get(column);
    return cell.isEmpty() ? -1 : Integer.parseInt(cell);
  }

  public String articleId() {
    return get("article_id");
  }
}
