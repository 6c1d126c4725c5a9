package org.dateline.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dateline.table.Column;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * Every finished CSV table as one sheet of an Excel workbook, streamed (POI's SXSSF keeps a window of rows in
 * memory, the rest in compressed temporary files). Codes, ids, dates and text are string cells, so {@code 030}
 * stays {@code 030} and no date is reformatted; numbers are numeric cells. No cell is ever a formula: values are
 * only set as strings, numbers or booleans, so a cell starting with {@code =} is just text.
 */
final class XlsxTables {

  static final String FILE_NAME = "tables.xlsx";
  /** Excel's rows per sheet; the header takes one. */
  static final int EXCEL_ROWS = 1_048_576;
  /** Excel's characters per cell; a longer cell is cut there. */
  static final int EXCEL_CELL_CHARS = 32_767;

  private XlsxTables() {
  }

  /** Writes the tables of {@code folder} to {@code target}, continuing a table on "name (2)" past the limit. */
  static void write(Path folder, Path target, int rowsPerSheet) throws IOException {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    book.setCompressTempFiles(true);
    try (OutputStream out = Files.newOutputStream(target)) {
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      for (Table table : Table.values()) {
        sheets(book, folder, table, rowsPerSheet, text, header);
      }
      book.write(out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      book.close();
    }
  }

  private static void sheets(SXSSFWorkbook book, Path folder, Table table, int rowsPerSheet, CellStyle text,
                             CellStyle header) {
    String name = table.fileName().replaceFirst("\\.csv$", "");
    List<Column> columns = table.columns();
    try (TableReader in = TableReader.open(folder, table)) {
      int part = 1;
      SXSSFSheet sheet = newSheet(book, name, columns, header);
      int r = 1;
      while (in.hasNext()) {
        if (r == rowsPerSheet) {
          sheet = newSheet(book, name + " (" + ++part + ")", columns, header);
          r = 1;
        }
        TableRow row = in.next();
        org.apache.poi.ss.usermodel.Row cells = sheet.createRow(r++);
        for (int i = 0; i < columns.size(); i++) {
          XlsxCell.set(cells, i, columns.get(i), row.cells().get(i), text);
        }
      }
    }
  }

  private static SXSSFSheet newSheet(SXSSFWorkbook book, String name, List<Column> columns, CellStyle header) {
    SXSSFSheet sheet = book.createSheet(name);
    org.apache.poi.ss.usermodel.Row row = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(columns.get(i).name());
      cell.setCellStyle(header);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }
}
