package org.dateline.output;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.dateline.table.Column;
import org.dateline.table.TypedCell;

/** One table cell in a sheet, typed by {@link TypedCell}: an empty cell is left out (Excel's blank). */
final class XlsxCell {

  private XlsxCell() {
  }

  static void set(Row row, int index, Column column, String value, CellStyle text) {
    Object typed = TypedCell.of(column, value);
    if (typed == null) {
      return;
    }
    Cell cell = row.createCell(index);
    if (typed instanceof Long l) {
      cell.setCellValue(l.doubleValue());
    } else if (typed instanceof Double d) {
      cell.setCellValue(d);
    } else if (typed instanceof Boolean b) {
      cell.setCellValue(b);
    } else {
      // Lists keep the CSV's " | " form: one cell, readable, and the same text as the CSV.
      String s = typed instanceof List<?> ? value : (String) typed;
      cell.setCellValue(s.length() > XlsxTables.EXCEL_CELL_CHARS ? cut(s) : s);
      cell.setCellStyle(text);
    }
  }

  /** Excel refuses longer cells; cut at the limit without splitting a surrogate pair, marked with an ellipsis. */
  private static String cut(String s) {
    int end = XlsxTables.EXCEL_CELL_CHARS - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }
}
