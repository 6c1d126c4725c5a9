package org.dateline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.config.OutputMode;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.dateline.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every table reads back exactly, cell for cell, through Commons CSV and through Python's csv module, whatever
 * the text holds; --excel adds a byte-order mark and defuses formulas, and without it the data is byte-exact.
 */
class CsvRoundTripTest {

  /** Quotes, separators, every kind of line break, tab, NUL, astral characters, and formula triggers. */
  static final List<String> AWKWARD = List.of("say \"hi\", then \"\"bye\"\"", "line\nbreak", "crlf\r\nbreak",
      "lone\rcr", "\ttab first", "a,b,,c", "😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 中文", "=HYPERLINK(\"http://x\",\"click\")", "+1 555",
      "-minus", "@SUM(A1)", "nul\u0000inside", " spaced ", "'already quoted", "");

  @TempDir
  Path dir;

  private void writeTables(Path out, boolean excel) {
    try (TableWriters w = new TableWriters(out, OutputFolder.prepare(out, OutputMode.FRESH, ""), "", false, excel)) {
      for (int i = 0; i < AWKWARD.size(); i++) {
        String value = AWKWARD.get(i);
        Article a = new Article("id " + value, "src", value, "x", "", "", "", "", value);
        Mention m = new Mention("m1", "e1", value, "PERSON", "", "", "name", 0, 1, 0, Section.BODY);
        Entity e = new Entity("e1", "PERSON:" + i, "PERSON", "", value, "", 1, 0, List.of(value), Set.of(Section.BODY));
        w.write(new ArticleResult(a, List.of(), "", 1, 1, new EntityTable(List.of(m), List.of(e)),
            List.of(), List.of(), 0));
      }
    }
  }

  private static List<List<String>> commonsCsv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.parse(r)) {
        rows.add(record.toList());
      }
    }
    return rows;
  }

  /** Python's own reading of every table in {@code out}, by file name, as JSON; null without python3. */
  @SuppressWarnings("unchecked")
  private static Map<String, List<List<String>>> pythonCsv(Path out, String encoding)
      throws IOException, InterruptedException {
    String script = "import csv,json,sys,os\n"
        + "tables = {}\n"
        + "for name in sorted(os.listdir(sys.argv[1])):\n"
        + "    if name.endswith('.csv'):\n"
        + "        with open(os.path.join(sys.argv[1], name), newline='', encoding=sys.argv[2]) as f:\n"
        + "            tables[name] = list(csv.reader(f))\n"
        + "json.dump(tables, sys.stdout)\n";
    Process p;
    try {
      p = new ProcessBuilder("python3", "-c", script, out.toString(), encoding).redirectErrorStream(true).start();
    } catch (IOException e) {
      return null;
    }
    byte[] json = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), new String(json, StandardCharsets.UTF_8));
    return new ObjectMapper().readValue(json, Map.class);
  }

  private static List<String> column(List<List<String>> rows, String name) {
    int i = rows.get(0).indexOf(name);
    return rows.subList(1, rows.size()).stream().map(r -> r.get(i)).toList();
  }

  @Test
  void everyTableRoundTripsThroughCommonsCsvAndPython() throws IOException, InterruptedException {
    Path out = dir.resolve("plain");
    writeTables(out, false);
    Map<String, List<List<String>>> python = pythonCsv(out, "utf-8");
    for (Table f : Table.values()) {
      List<List<String>> commons = commonsCsv(out.resolve(f.fileName()));
      assertEquals(f.columnNames(), commons.get(0), f.fileName());
      assumeTrue(python != null, "python3 is not installed");
      assertEquals(commons, python.get(f.fileName()), f.fileName() + " reads differently in Python");
    }
    List<List<String>> articles = commonsCsv(out.resolve("articles.csv"));
    assertEquals(AWKWARD, column(articles, "title"));
    assertEquals(AWKWARD, column(articles, "warning"));
    assertEquals(AWKWARD, column(commonsCsv(out.resolve("mentions.csv")), "text"));
    assertEquals(AWKWARD, column(commonsCsv(out.resolve("entities.csv")), "name"));
  }

  @Test
  void withoutExcelTheBytesAreExactlyTheData() throws IOException {
    Path out = dir.resolve("plain");
    writeTables(out, false);
    byte[] bytes = Files.readAllBytes(out.resolve("mentions.csv"));
    assertFalse(bytes[0] == (byte) 0xEF, "no byte-order mark");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains(",\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\","), "formula kept verbatim");
    assertTrue(text.contains(",@SUM(A1),") && text.contains(",-minus,"), text);
  }

  @Test
  void excelTablesHaveAByteOrderMarkAndNoLiveFormulas() throws IOException, InterruptedException {
    Path out = dir.resolve("excel");
    writeTables(out, true);
    Map<String, List<List<String>>> tables = pythonCsv(out, "utf-8-sig");
    for (Table f : Table.values()) {
      byte[] bytes = Files.readAllBytes(out.resolve(f.fileName()));
      assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
      List<List<String>> python = tables == null ? null : tables.get(f.fileName());
      if (python != null) {
        assertEquals(f.columnNames(), python.get(0), f.fileName() + " header as Python reads it");
        for (List<String> row : python) {
          for (String cell : row) {
            assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                && !cell.matches("[-+]?\\d+(\\.\\d+)?"), "live formula trigger in " + f.fileName() + ": " + cell);
          }
        }
      }
    }
    Path excelMentions = out.resolve("mentions.csv");
    String text = Files.readString(excelMentions).substring(1);
    List<String> cells = column(CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().stream()
        .map(CSVRecord::toList).toList(), "text");
    assertEquals("'=HYPERLINK(\"http://x\",\"click\")", cells.get(7));
    assertEquals("'+1 555", cells.get(8));
    assertEquals("'-minus", cells.get(9));
    assertEquals("'@SUM(A1)", cells.get(10));
    assertEquals("'\ttab first", cells.get(4));
    assertEquals("'already quoted", cells.get(13), "a cell that is not a trigger stays as it was");
    assertEquals("say \"hi\", then \"\"bye\"\"", cells.get(0));
  }

  @Test
  void plainNumbersAreNotFormulas() {
    assertEquals("-3.5", ExcelCsv.neutralized("-3.5"));
    assertEquals("+12", ExcelCsv.neutralized("+12"));
    assertEquals("'-3-5", ExcelCsv.neutralized("-3-5"));
    assertEquals("'\rcr", ExcelCsv.neutralized("\rcr"));
  }
}
