package org.dateline.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dateline.output.RunRecord;
import org.dateline.table.Table;

/**
 * A small hand-written table folder: two ok articles and a failed one, people, a place, an organization, quotes
 * (one whose text and one whose speaker hold markup), events, and the first article's text. No models needed.
 */
final class ReportFixture {

  static final String TEXT = "Kyiv, Monday. \"We will hold,\" said Volodymyr Zelensky. Ukraine met NATO.";

  private ReportFixture() {
  }

  static Path write(Path dir) throws IOException {
    table(dir, Table.ARTICLES,
        List.of("a1", "a1.txt", "War <b>news</b>", "2026-01-30", "input", "ok", "", "", "3", "17", "4", "1", "1", "12",
            "", "", "", "0", "1", "0", "0", "1", "0"),
        List.of("a2", "a2.txt", "Second", "2026-02-02", "input", "ok", "", "", "1", "5", "1", "1", "0", "3", "", "",
            "", "1", "0", "0", "0", "0", "1"),
        List.of("a3", "a3.txt", "", "", "", "failed", "article timed out after 300 s", "", "0", "0", "0", "0", "0",
            "", "", "", "", "0", "0", "0", "0", "0", "0"));
    table(dir, Table.MENTIONS,
        List.of("a1", "m1", "e1", "Kyiv", "LOCATION", "CITY", "", "name", "0", "4", "1", "body"),
        List.of("a1", "m2", "e2", "Volodymyr Zelensky", "PERSON", "", "", "name", "35", "53", "2", "body"),
        List.of("a1", "m3", "e3", "Ukraine", "LOCATION", "COUNTRY", "", "name", "55", "62", "3", "body"),
        List.of("a1", "m4", "e4", "NATO", "ORGANIZATION", "", "", "name", "67", "71", "3", "body"),
        List.of("a2", "m1", "e1", "Zelensky", "PERSON", "", "", "name", "0", "8", "1", "body"));
    table(dir, Table.ENTITIES);
    table(dir, Table.CORPUS_ENTITIES,
        List.of("PERSON:volodymyr zelensky", "PERSON", "Volodymyr Zelensky", "2", "2", "1", "Zelensky",
            "", "", "", "", "", ""),
        List.of("PERSON:<script>", "PERSON", "<script>alert(1)</script>", "1", "1", "1", "", "", "", "", "",
            "", ""),
        List.of("LOCATION:kyiv", "LOCATION", "Kyiv", "1", "1", "0", "", "UA", "Kyiv City", "50.45466", "30.52380",
            "703448", "PPLC"),
        List.of("LOCATION:ukraine", "LOCATION", "Ukraine", "1", "1", "0", "", "UA", "", "49.00000", "32.00000", "",
            "PCLI"),
        List.of("ORGANIZATION:nato", "ORGANIZATION", "NATO", "1", "1", "0", "", "", "", "", "", "", ""));
    table(dir, Table.QUOTES,
        List.of("a1", "q1", "direct", "\"We will hold,\"", "14", "29", "Volodymyr Zelensky", "35", "53", "e2",
            "Volodymyr Zelensky", "PERSON", "say", "30", "34", "syntax", "2", "body", "male"),
        List.of("a2", "q1", "direct", "\"<img src=x onerror=alert(1)>\"", "10", "40", "him", "41", "44", "e9",
            "<script>alert(1)</script>", "PERSON", "say", "45", "49", "syntax", "1", "body", ""));
    List<String> event = List.of("a1", "ev1", "3", "met", "meet", "63", "66", "036", "03", "AGREE", "1", "4.0",
        "Ukraine", "e3", "Ukraine", "UKR", "NATO", "e4", "NATO", "IGOWSTNAT", "", "", "2026-01-26", "Monday",
        "text", "false", "asserted", "", "rule", "body", "Ukraine met NATO.", "UA", "50.45466", "30.52380", "703448",
        "article");
    table(dir, Table.EVENTS, event);
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(dir.resolve("texts/a1.txt"), TEXT, StandardCharsets.UTF_8);
    RunRecord.write(Map.of("dateline_version", "test", "options", Map.of("tables", "entities,quotes,events")), dir);
    return dir;
  }

  @SafeVarargs
  static void table(Path dir, Table table, List<String>... rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve(table.fileName()), StandardCharsets.UTF_8);
         CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(table.columnNames());
      for (List<String> row : rows) {
        p.printRecord(row);
      }
    }
  }
}
