package org.dateline.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dateline.config.TableFormat;
import org.dateline.config.UsageException;
import org.dateline.table.Column;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSONL and Parquet files hold the CSV tables' rows, in order, typed as the README documents: Parquet read
 * back by parquet-java (an independent reader: the files are written by DuckDB).
 */
class TableFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void jsonlAndParquetHoldTheCsvRowsTyped() throws IOException {
    TypedTables.write(dir);
    List<String> names = DerivedFormats.write(dir, EnumSet.of(TableFormat.JSONL, TableFormat.PARQUET));
    assertEquals(2 * Table.values().length, names.size());
    for (Table t : Table.values()) {
      List<TableRow> csv = csvRows(t);
      List<JsonNode> jsonl = jsonlRows(dir.resolve(JsonlTable.fileName(t, "jsonl")));
      List<JsonNode> parquet = ParquetRows.read(dir.resolve(JsonlTable.fileName(t, "parquet")), t);
      assertEquals(csv.size(), jsonl.size(), t + " rows in JSONL");
      assertEquals(csv.size(), parquet.size(), t + " rows in Parquet");
      for (int r = 0; r < csv.size(); r++) {
        for (int c = 0; c < t.columns().size(); c++) {
          Column col = t.columns().get(c);
          String cell = csv.get(r).cells().get(c);
          assertCell(col, cell, jsonl.get(r).get(col.name()), t + " JSONL row " + r);
          assertCell(col, cell, parquet.get(r).get(col.name()), t + " Parquet row " + r);
        }
      }
    }
    JsonNode ev = jsonlRows(dir.resolve("events.jsonl")).get(0);
    assertEquals("030", ev.get("cameo_code").textValue());
    assertEquals(-5.0, ev.get("goldstein").doubleValue());
    assertTrue(ev.get("target").isNull());
  }

  @Test
  void parquetColumnTypesAreTheDocumentedOnes() throws IOException {
    TypedTables.write(dir);
    DerivedFormats.write(dir, EnumSet.of(TableFormat.PARQUET));
    assertEquals(List.of(), Files.list(dir).map(p -> p.getFileName().toString())
        .filter(n -> n.endsWith(".jsonl") || n.endsWith(".part")).toList(), "no JSONL left without --format jsonl");
    for (Table t : Table.values()) {
      List<String> types = ParquetRows.types(dir.resolve(JsonlTable.fileName(t, "parquet")));
      List<String> expected = t.columns().stream().map(c -> switch (c.type()) {
        case INTEGER -> "INT64";
        case DECIMAL -> "DOUBLE";
        case BOOLEAN -> "BOOLEAN";
        case LIST -> "LIST<STRING>";
        case CODE, TEXT, DATE -> "STRING";
      }).toList();
      assertEquals(expected, types, t.fileName());
    }
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheKnownOnes() {
    UsageException e = assertThrows(UsageException.class, () -> TableFormat.parse("csv,xls"));
    assertTrue(e.getMessage().contains("'xls'") && e.getMessage().contains("parquet"), e.getMessage());
    assertEquals(EnumSet.of(TableFormat.CSV, TableFormat.XLSX), TableFormat.parse(" XLSX "));
  }

  private static void assertCell(Column col, String cell, JsonNode v, String where) {
    String at = where + " " + col.name();
    if (cell.isEmpty()) {
      assertTrue(v == null || v.isNull(), at + " null");
      return;
    }
    switch (col.type()) {
      case INTEGER -> assertTrue(v.isIntegralNumber() && v.longValue() == Long.parseLong(cell), at);
      case DECIMAL -> assertTrue(v.isFloatingPointNumber() && v.doubleValue() == Double.parseDouble(cell), at);
      case BOOLEAN -> assertTrue(v.isBoolean() && v.booleanValue() == Boolean.parseBoolean(cell), at);
      case LIST -> {
        List<String> items = new ArrayList<>();
        v.forEach(i -> items.add(i.textValue()));
        assertEquals(cell, String.join(Table.LIST_SEPARATOR, items), at);
      }
      case CODE, TEXT, DATE -> assertEquals(cell, v.textValue(), at);
    }
  }

  private List<TableRow> csvRows(Table t) {
    try (TableReader in = TableReader.open(dir, t)) {
      return in.rest();
    }
  }

  static List<JsonNode> jsonlRows(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(JSON.readTree(line));
      }
    }
    return rows;
  }
}
