package org.dateline.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dateline.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook, opened with POI's full reader: codes stay text, numbers are numbers, nothing is a formula. */
class XlsxTablesTest {

  @TempDir
  Path dir;

  private Workbook written(int rowsPerSheet) throws IOException {
    TypedTables.write(dir);
    Path xlsx = dir.resolve(XlsxTables.FILE_NAME);
    XlsxTables.write(dir, xlsx, rowsPerSheet);
    try (InputStream in = Files.newInputStream(xlsx)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void codesStayTextNumbersAreNumericAndNoCellIsAFormula() throws IOException {
    try (Workbook book = written(XlsxTables.EXCEL_ROWS)) {
      List<String> sheets = new ArrayList<>();
      book.forEach(s -> sheets.add(s.getSheetName()));
      assertEquals(List.of("articles", "mentions", "entities", "corpus_entities", "quotes", "events"), sheets);
      Sheet events = book.getSheet("events");
      assertEquals(Table.EVENTS.columnNames(), header(events));
      assertTrue(events.getPaneInformation().isFreezePane());
      assertEquals(1, events.getPaneInformation().getHorizontalSplitPosition());
      Row ev1 = events.getRow(1);
      Cell cameo = cell(ev1, "cameo_code");
      assertEquals(CellType.STRING, cameo.getCellType());
      assertEquals("030", cameo.getStringCellValue());
      assertEquals(CellType.NUMERIC, cell(ev1, "goldstein").getCellType());
      assertEquals(-5.0, cell(ev1, "goldstein").getNumericCellValue());
      assertEquals(CellType.NUMERIC, cell(ev1, "quad_class").getCellType());
      assertEquals(CellType.BOOLEAN, cell(ev1, "negated").getCellType());
      assertEquals(CellType.STRING, cell(ev1, "date").getCellType());
      assertEquals("2026-01-30", cell(ev1, "date").getStringCellValue());
      Cell evidence = cell(ev1, "evidence");
      assertEquals(CellType.STRING, evidence.getCellType(), "a cell starting with = is text, not a formula");
      assertEquals("=HYPERLINK(\"http://x\",\"click\")", evidence.getStringCellValue());
      assertNull(cell(ev1, "target"), "an empty cell is blank");
      assertEquals("said \"no\",\nthen left", cell(events.getRow(2), "trigger").getStringCellValue());
      assertEquals("Zoë 🙂", cell(events.getRow(2), "actor").getStringCellValue());
      assertEquals("007", cell(book.getSheet("articles").getRow(1), "article_id").getStringCellValue());
      assertEquals("Ada | Ada Lovelace", cell(book.getSheet("entities").getRow(1), "aliases").getStringCellValue());
    }
  }

  @Test
  void aTableLongerThanASheetContinuesOnTheNextWithItsHeader() throws IOException {
    try (Workbook book = written(3)) {
      Sheet first = book.getSheet("events");
      Sheet second = book.getSheet("events (2)");
      assertEquals(2, first.getLastRowNum());
      assertEquals(1, second.getLastRowNum());
      assertEquals(Table.EVENTS.columnNames(), header(second));
      assertEquals("190", cell(second.getRow(1), "cameo_code").getStringCellValue());
    }
  }

  private static List<String> header(Sheet sheet) {
    List<String> names = new ArrayList<>();
    sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
    return names;
  }

  private static Cell cell(Row row, String column) {
    return row.getCell(tableOf(row.getSheet()).indexOf(column));
  }

  private static Table tableOf(Sheet sheet) {
    return Table.valueOf(sheet.getSheetName().replaceFirst(" \\(\\d+\\)$", "").toUpperCase(java.util.Locale.ROOT));
  }
}
