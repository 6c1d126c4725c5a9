package org.dateline.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables are RFC 4180, carry every header, count offsets in code points and never write "null". */
class TableWritersTest {

  @TempDir
  Path dir;

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  @Test
  void writesAllTablesWithCodePointOffsetsAndAwkwardText() throws IOException {
    String text = "😀 \"Quoted, text\"\nZelensky spoke.";
    int start = text.indexOf("Zelensky");
    Article a = new Article("a,1", "src", "Title, with \"quotes\"", text, "2026-01-30", "input", "", "");
    Mention m = new Mention("m1", "e1", "Zelensky", "PERSON", "", "", "name", start, start + 8, 1, Section.BODY);
    Entity e = new Entity("e1", "PERSON:zelensky", "PERSON", "", "Zelensky", "", 1, start, List.of("Z. | x"),
        Set.of(Section.BODY, Section.HEADLINE));
    Quote said = new Quote("q1", Quote.DIRECT, 3, 17, new Quote.Speaker("Zelensky", start, start + 8, "e1", "Zelensky",
        "PERSON"), new Quote.Cue("say", start + 9, start + 14), Quote.SYNTAX, 0, Section.BODY);
    Quote unknown = new Quote("q2", Quote.INDIRECT, 2, 8, Quote.Speaker.NONE, Quote.Cue.NONE, "", 0, Section.BODY);
    ArticleResult r = new ArticleResult(a, List.of(), "", 2, 6, new EntityTable(List.of(m), List.of(e)),
        List.of(said, unknown), List.of(), 5);
    try (TableWriters w = new TableWriters(dir, false)) {
      w.write(r);
      w.write(ArticleResult.failed(Article.unreadable("bad", "f.jsonl:3", "malformed JSON"), "malformed JSON", 0));
    }
    for (Table f : Table.values()) {
      String header = Files.readAllLines(dir.resolve(f.fileName())).get(0);
      assertEquals(String.join(",", f.columnNames()), header);
      assertTrue(!Files.readString(dir.resolve(f.fileName())).contains("null"), f.fileName());
    }
    CSVRecord mention = read(dir.resolve("mentions.csv")).get(0);
    int cpStart = Integer.parseInt(mention.get("start"));
    assertEquals("Zelensky", new String(text.codePoints().skip(cpStart).limit(8).toArray(), 0, 8));
    assertEquals(start - 1, cpStart, "the emoji is two chars but one code point");
    List<CSVRecord> articles = read(dir.resolve("articles.csv"));
    assertEquals("a,1", articles.get(0).get("article_id"));
    assertEquals("Title, with \"quotes\"", articles.get(0).get("title"));
    assertEquals("", articles.get(0).get("millis"));
    assertEquals("failed", articles.get(1).get("status"));
    assertEquals("malformed JSON", articles.get(1).get("error"));
    CSVRecord entity = read(dir.resolve("entities.csv")).get(0);
    assertEquals("headline | body", entity.get("sections"));
    CSVRecord corpus = read(dir.resolve("corpus_entities.csv")).get(0);
    assertEquals("PERSON:zelensky", corpus.get("entity_key"));
    assertEquals("1", corpus.get("articles"));
    assertEquals("1", corpus.get("quotes"));
    assertEquals("2", articles.get(0).get("quotes"));
    List<CSVRecord> quotes = read(dir.resolve("quotes.csv"));
    assertEquals("\"Quoted, text\"", quotes.get(0).get("quote_text"));
    assertEquals("2", quotes.get(0).get("start"), "code points: the emoji counts once");
    assertEquals("syntax", quotes.get(0).get("attribution"));
    assertEquals("", quotes.get(1).get("speaker_start"), "no speaker: empty cells");
    assertEquals("", quotes.get(1).get("cue_start"));
    assertEquals("", quotes.get(1).get("speaker_name"));
  }

  @Test
  void htmlInputGetsItsExtractedTextBesideTheTables() throws IOException {
    Article a = new Article("news/page.html", "in/news/page.html", "T", "Extracted text.", "", "", "", "");
    try (TableWriters w = new TableWriters(dir, false)) {
      w.write(new ArticleResult(a, List.of(), "", 1, 2, EntityTable.empty(), List.of(), List.of(), 0));
    }
    assertEquals("Extracted text.", Files.readString(dir.resolve("texts/news/page.html.txt")));
  }
}
