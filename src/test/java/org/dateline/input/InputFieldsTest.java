package org.dateline.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.config.InputFields;
import org.dateline.config.Options;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** .json files (JSON Lines or an array), the field-name options, the outlet field, and inputs with nothing to read. */
class InputFieldsTest {

  private static final InputFields RENAMED = new InputFields("key", "body", "headline", "published", "link");

  @TempDir
  Path dir;

  @Test
  void aJsonArrayIsReadRecordByRecord() throws IOException {
    Path file = Files.writeString(dir.resolve("export.json"), " \n[\n  {\"id\": 7, \"text\": \"First.\", "
        + "\"title\": \"One\", \"date\": \"2026-01-30\", \"url\": \"https://www.example.com/a\"},\n"
        + "  {\"text\": \"Second.\", \"outlet\": \"The Paper\"},\n  \"not an object\"\n]\n");
    List<Article> read = read(file, Options.INPUT_FIELDS);
    assertEquals(3, read.size());
    assertEquals("7", read.get(0).id());
    assertEquals("First.", read.get(0).text());
    assertEquals("One", read.get(0).title());
    assertEquals("2026-01-30", read.get(0).published());
    assertEquals("https://www.example.com/a", read.get(0).url());
    assertEquals("export.json:2", read.get(1).id(), "records without an id are numbered from 1");
    assertEquals("The Paper", read.get(1).outlet());
    assertFalse(read.get(2).readable());
    assertTrue(read.get(2).error().contains("record 3"), read.get(2).error());
  }

  @Test
  void aJsonArrayCutShortKeepsTheRecordsBeforeTheBreak() throws IOException {
    Path file = Files.writeString(dir.resolve("cut.json"), "[{\"text\": \"Kept.\"}, {\"text\": \"Lo");
    List<Article> read = read(file, Options.INPUT_FIELDS);
    assertEquals(2, read.size());
    assertEquals("Kept.", read.get(0).text());
    assertFalse(read.get(1).readable());
    assertEquals("cut.json:2", read.get(1).id());
  }

  @Test
  void aJsonFileHoldingJsonLinesIsReadAsJsonLines() throws IOException {
    Path file = Files.writeString(dir.resolve("lines.json"),
        "{\"text\": \"A.\"}\n\n{\"id\": \"b\", \"text\": \"B.\"}\n");
    List<Article> read = read(file, Options.INPUT_FIELDS);
    assertEquals(List.of("lines.json:1", "b"), read.stream().map(Article::id).toList());
  }

  @Test
  void aPrettyPrintedRecordPerFileIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("story.json"), "{\n  \"title\": \"T\",\n  \"text\": \"One.\"\n}\n"
        + "{\n  \"id\": \"second\",\n  \"text\": \"Two.\"\n}\n");
    List<Article> read = read(file, Options.INPUT_FIELDS);
    assertEquals(List.of("story.json:1", "second"), read.stream().map(Article::id).toList());
    assertEquals("T", read.get(0).title());
    try (ArticleInputs in = ArticleInputs.open(List.of(file.toString()), null)) {
      assertEquals(2, in.countInBackground().join().getAsLong());
    }
  }

  @Test
  void aGzippedJsonArrayIsRead() throws IOException {
    Path file = dir.resolve("export.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("[{\"text\": \"Zipped.\"}]".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("Zipped.", read(file, Options.INPUT_FIELDS).get(0).text());
    try (ArticleInputs in = ArticleInputs.open(List.of(file.toString()), null)) {
      assertEquals(1, in.countInBackground().join().getAsLong());
    }
  }

  @Test
  void everyFieldOptionNamesItsJsonField() throws IOException {
    String record = "{\"key\": \"k1\", \"body\": \"The text.\", \"headline\": \"H\", \"published\": \"2026-02-01\", "
        + "\"link\": \"https://www.example.org/x\", \"text\": \"not this\", \"id\": \"not this\"}";
    Path jsonl = Files.writeString(dir.resolve("a.jsonl"), record + "\n");
    Path array = Files.writeString(dir.resolve("a.json"), "[" + record + "]");
    for (Path file : List.of(jsonl, array)) {
      Article a = read(file, RENAMED).get(0);
      assertEquals("k1", a.id(), file.toString());
      assertEquals("The text.", a.text());
      assertEquals("H", a.title());
      assertEquals("2026-02-01", a.published());
      assertEquals("https://www.example.org/x", a.url());
    }
  }

  @Test
  void everyFieldOptionNamesItsCsvColumn() throws IOException {
    Path csv = Files.writeString(dir.resolve("a.csv"), "Key,Body,Headline,Published,Link,Outlet\n"
        + "k1,The text.,H,2026-02-01,https://www.example.org/x,Example News\n");
    Article a = read(csv, RENAMED).get(0);
    assertEquals("k1", a.id());
    assertEquals("The text.", a.text());
    assertEquals("H", a.title());
    assertEquals("2026-02-01", a.published());
    assertEquals("https://www.example.org/x", a.url());
    assertEquals("Example News", a.outlet());
  }

  @Test
  void aCsvWithoutTheNamedTextColumnSaysWhichOptionNamesIt() throws IOException {
    Path csv = Files.writeString(dir.resolve("a.csv"), "id,text\n1,x\n");
    UsageException e = assertThrows(UsageException.class, () -> ArticleInputs.open(List.of(csv.toString()), null,
        new ByteArrayInputStream(new byte[0]), RENAMED));
    assertTrue(e.getMessage().contains("'body'") && e.getMessage().contains("--text-column"), e.getMessage());
  }

  @Test
  void jsonRecordsWithoutTheNamedTextFieldAreUnreadable() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"x\"}\n");
    Article a = read(file, RENAMED).get(0);
    assertFalse(a.readable());
    assertTrue(a.error().contains("\"body\"") && a.error().contains("--text-column"), a.error());
  }

  @Test
  void inputsWithNoReadableArticleNameWhatWasSkippedAndWhy() throws IOException {
    Files.writeString(dir.resolve("notes.pdf"), "%PDF");
    Files.writeString(dir.resolve("a.jsonl"), "{\"body\": \"x\"}\n");
    Files.writeString(dir.resolve("empty.json"), "[]");
    try (ArticleInputs in = ArticleInputs.open(List.of(dir.toString()), null)) {
      UsageException e = assertThrows(UsageException.class, in::requireReadable);
      assertTrue(e.getMessage().contains("notes.pdf"), e.getMessage());
      assertTrue(e.getMessage().contains("no \"text\" field"), e.getMessage());
    }
    try (ArticleInputs in = ArticleInputs.open(List.of(dir.toString()), null, new ByteArrayInputStream(new byte[0]),
        new InputFields("id", "body", "title", "date", "url"))) {
      in.requireReadable();
      assertEquals("x", in.next().text(), "the check reads nothing away from the run");
    }
  }

  private static List<Article> read(Path file, InputFields fields) {
    List<Article> out = new ArrayList<>();
    try (ArticleInputs in = ArticleInputs.open(List.of(file.toString()), null, new ByteArrayInputStream(new byte[0]),
        fields)) {
      in.forEachRemaining(out::add);
    }
    return out;
  }
}
