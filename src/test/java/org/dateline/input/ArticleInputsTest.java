package org.dateline.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;
import org.dateline.doc.PageHints;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleInputsTest {

  @TempDir
  Path dir;

  @Test
  void readsTextFileNamedDirectly() throws IOException {
    Path file = write("story.txt", "LONDON 1996-08-30\n\nShares rose.");
    List<Article> articles = readAll(List.of(file.toString()), null);
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals("story.txt", a.id());
    assertEquals(file.toString(), a.source());
    assertEquals("", a.title());
    assertEquals("LONDON 1996-08-30\n\nShares rose.", a.text());
    assertEquals("1996-08-30", a.published());
    assertEquals("text", a.dateSource());
    assertTrue(a.readable());
  }

  @Test
  void searchesFoldersRecursivelyInSortedOrderAndSkipsUnknownFiles() throws IOException {
    write("corpus/b.txt", "B");
    write("corpus/a/z.txt", "AZ");
    write("corpus/a/c.html", "<p>AC</p>");
    write("corpus/notes.docx", "ignored");
    write("corpus/README", "ignored");
    List<Article> articles = readAll(List.of(dir.resolve("corpus").toString()), null);
    assertEquals(List.of("a/c.html", "a/z.txt", "b.txt"), articles.stream().map(Article::id).toList());
    assertEquals(List.of("AC", "AZ", "B"), articles.stream().map(Article::text).toList());
  }

  @Test
  void keepsTheOrderOfTheInputsGiven() throws IOException {
    Path second = write("2.txt", "two");
    Path first = write("1.txt", "one");
    assertEquals(List.of("two", "one"),
        readAll(List.of(second.toString(), first.toString()), null).stream().map(Article::text).toList());
  }

  @Test
  void readsJsonLines() throws IOException {
    Path file = write("news.jsonl", """
        {"id": "a1", "text": "First.", "title": "One", "date": "2026-01-30T10:00:00Z", "url": "https://x/1", "extra": [1]}

        {"text": "Second.", "id": 42}
        {"text": "Third."}
        """);
    List<Article> articles = readAll(List.of(file.toString()), null);
    assertEquals(3, articles.size());
    Article first = articles.get(0);
    assertEquals("a1", first.id());
    assertEquals(file + ":1", first.source());
    assertEquals("One", first.title());
    assertEquals("First.", first.text());
    assertEquals("2026-01-30", first.published());
    assertEquals("input", first.dateSource());
    assertEquals("https://x/1", first.url());
    assertEquals("42", articles.get(1).id());
    assertEquals(file + ":3", articles.get(1).source());
    assertEquals("news.jsonl:4", articles.get(2).id());
  }

  @Test
  void malformedJsonLineBecomesAnUnreadableArticleAndReadingGoesOn() throws IOException {
    Path file = write("news.jsonl", """
        {"id": "ok1", "text": "Fine."}
        {"id": "bad", "text": "cut off
        {"id": "notext", "title": "x"}
        {"id": "number", "text": 7}
        {"id": "ok2", "text": "Also fine."}
        {"id": "glued", "text": "a"}{"id": "b"}
        {"id": "last", "text": "trunc""");
    List<Article> articles = readAll(List.of(file.toString()), null);
    assertEquals(List.of("ok1", "news.jsonl:2", "news.jsonl:3", "news.jsonl:4", "ok2", "news.jsonl:6",
        "news.jsonl:7"), articles.stream().map(Article::id).toList());
    assertTrue(articles.get(0).readable());
    assertTrue(articles.get(4).readable());
    Article bad = articles.get(1);
    assertFalse(bad.readable());
    assertEquals(file + ":2", bad.source());
    assertTrue(bad.error().startsWith("malformed JSON on line 2 of " + file + ": "), bad.error());
    assertTrue(bad.error().endsWith("; fix or remove the line"), bad.error());
    assertTrue(articles.get(2).error().contains("no \"text\" field"), articles.get(2).error());
    assertTrue(articles.get(3).error().contains("not a string"), articles.get(3).error());
    assertTrue(articles.get(5).error().contains("line 6"), articles.get(5).error());
    assertTrue(articles.get(6).error().contains("line 7"), articles.get(6).error());
  }

  @Test
  void readsGzippedJsonLines() throws IOException {
    for (String name : List.of("a.jsonl.gz", "b.json.gz")) {
      Path file = dir.resolve(name);
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write("{\"id\": \"z\", \"text\": \"Zipped.\"}\n".getBytes(UTF_8));
      }
      List<Article> articles = readAll(List.of(file.toString()), null);
      assertEquals("Zipped.", articles.get(0).text());
    }
  }

  @Test
  void aTruncatedGzipKeepsEveryCompleteRecordBeforeTheCutAndAddsOneFailedRow() throws IOException {
    Path whole = dir.resolve("whole.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      for (int i = 0; i < 2000; i++) {
        out.write(("{\"id\": \"r" + i + "\", \"text\": \"Line " + i + " with some filler to make the stream "
            + "longer.\"}\n").getBytes(UTF_8));
      }
    }
    byte[] bytes = Files.readAllBytes(whole);
    java.util.Random random = new java.util.Random(18);
    for (int trial = 0; trial < 8; trial++) {
      int length = trial == 0 ? bytes.length - 4 : 20 + random.nextInt(bytes.length - 20);
      Path cut = dir.resolve("cut" + trial + ".jsonl.gz");
      Files.write(cut, java.util.Arrays.copyOf(bytes, length));
      int complete = completeLinesBeforeTheCut(cut);
      List<Article> articles = readAll(List.of(cut.toString()), null);
      assertEquals(complete + 1, articles.size(), "cut at byte " + length);
      try (ArticleInputs in = ArticleInputs.open(List.of(cut.toString()), null)) {
        assertEquals(complete + 1, in.countInBackground().join().getAsLong(), "the progress total agrees");
      }
      for (int i = 0; i < complete; i++) {
        assertEquals("r" + i, articles.get(i).id());
        assertTrue(articles.get(i).readable());
      }
      Article last = articles.get(complete);
      assertFalse(last.readable());
      assertEquals("cut" + trial + ".jsonl.gz:" + (complete + 1), last.id());
      assertTrue(last.error().startsWith("file cut short: " + cut + " ends in the middle of line " + (complete + 1)
          + "; the compressed data ends at byte " + length + " of the file"), last.error());
    }
  }

  /** What any gunzip recovers from a cut file: the lines ended by a newline before the damage. */
  private static int completeLinesBeforeTheCut(Path cut) throws IOException {
    int lines = 0;
    try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(cut))) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        lines += b == '\n' ? 1 : 0;
      }
    } catch (java.io.EOFException e) {
      // the cut
    }
    return lines;
  }

  @Test
  void readsJsonLinesFromStandardInput() throws IOException {
    Path file = write("x.txt", "From a file.");
    InputStream stdin = new ByteArrayInputStream(
        "{\"id\": \"s1\", \"text\": \"From stdin.\"}\n{\"text\": \"Second.\"}\n".getBytes(UTF_8));
    List<Article> articles = new ArrayList<>();
    try (ArticleInputs inputs = ArticleInputs.open(List.of("-", file.toString()), null, stdin)) {
      inputs.forEachRemaining(articles::add);
    }
    assertEquals(List.of("s1", "stdin:2", "x.txt"), articles.stream().map(Article::id).toList());
    assertEquals("stdin:1", articles.get(0).source());
  }

  @Test
  void standardInputTwiceIsAUsageError() {
    assertThrows(UsageException.class,
        () -> ArticleInputs.open(List.of("-", "-"), null, new ByteArrayInputStream(new byte[0])));
  }

  @Test
  void readsCsvWithQuotedMultiLineText() throws IOException {
    Path file = write("news.csv", """
        ID,Title,text,date,url,section
        c1,First,"Line one.
        Line two, with ""quotes"".",2024-02-29,https://x/c1,world

        ,Second,Short.,not a date,,
        c3,Third
        """);
    List<Article> articles = readAll(List.of(file.toString()), "2024-01-01");
    assertEquals(3, articles.size());
    Article first = articles.get(0);
    assertEquals("c1", first.id());
    assertEquals("First", first.title());
    assertEquals("Line one.\nLine two, with \"quotes\".", first.text());
    assertEquals("2024-02-29", first.published());
    assertEquals("input", first.dateSource());
    assertEquals("https://x/c1", first.url());
    assertEquals(file + ":2", first.source());
    Article second = articles.get(1);
    assertEquals("news.csv:5", second.id());
    assertEquals("2024-01-01", second.published());
    assertEquals("option", second.dateSource());
    Article third = articles.get(2);
    assertFalse(third.readable());
    assertTrue(third.error().contains("line 6"), third.error());
  }

  @Test
  void csvWithAnUnclosedQuoteStopsWithAnUnreadableArticle() throws IOException {
    Path file = write("broken.csv", "id,text\na,Fine.\nb,\"never closed\nc,more\n");
    List<Article> articles = readAll(List.of(file.toString()), null);
    assertEquals(2, articles.size());
    assertTrue(articles.get(0).readable());
    assertFalse(articles.get(1).readable());
    assertTrue(articles.get(1).error().contains("line 3"), articles.get(1).error());
  }

  @Test
  void csvWithoutTextColumnIsAUsageErrorListingTheColumns() throws IOException {
    Path file = write("bad.csv", "id,body,date\n1,Hello,2024-01-01\n");
    UsageException e = assertThrows(UsageException.class, () -> ArticleInputs.open(List.of(file.toString()), null));
    assertTrue(e.getMessage().contains("id, body, date"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void missingPathIsAUsageErrorBeforeAnythingIsRead() throws IOException {
    Path good = write("good.txt", "Fine.");
    String missing = dir.resolve("nope").toString();
    UsageException e = assertThrows(UsageException.class,
        () -> ArticleInputs.open(List.of(good.toString(), missing), null));
    assertTrue(e.getMessage().contains(missing), e.getMessage());
  }

  @Test
  void explicitlyNamedUnsupportedFileIsAUsageError() throws IOException {
    Path doc = write("report.docx", "x");
    UsageException e = assertThrows(UsageException.class, () -> ArticleInputs.open(List.of(doc.toString()), null));
    assertTrue(e.getMessage().contains(doc.toString()), e.getMessage());
  }

  @Test
  void badDateOptionIsAUsageError() {
    assertThrows(UsageException.class, () -> ArticleInputs.open(List.of(dir.toString()), "next tuesday"));
  }

  @Test
  void readsHtmlWithTitleAndMetaDate() throws IOException {
    write("site/2024/storm.html", """
        <html><head><title>Storm | Planet</title>
        <meta property="og:title" content="Storm hits coast">
        <meta name="date" content="2024-01-03"></head>
        <body><nav>Home</nav><article><p>The storm came.</p><p>It left.</p></article>
        <footer>(c) Planet</footer><script>x()</script></body></html>
        """);
    Article a = readAll(List.of(dir.resolve("site").toString()), "2020-01-01").get(0);
    assertEquals("2024/storm.html", a.id());
    assertEquals("Storm hits coast", a.title());
    assertEquals("The storm came.\n\nIt left.", a.text());
    assertEquals("2024-01-03", a.published());
    assertEquals("input", a.dateSource());
  }

  @Test
  void htmlMarkupTravelsWithTheArticleAndTextHasNone() throws IOException {
    write("mixed/storm.html", "<html><body><article><h1>Storm hits coast</h1>"
        + "<figure><figcaption>Waves at the pier.</figcaption></figure><p>The storm came.</p></article></body></html>");
    write("mixed/storm.txt", "Storm hits coast\n\nWaves at the pier.\n\nThe storm came.");
    List<Article> articles = readAll(List.of(dir.resolve("mixed").toString()), null);
    Article html = articles.get(0);
    assertEquals(List.of(new Segment(Section.HEADLINE, 0, 16), new Segment(Section.CAPTION, 18, 36)),
        html.hints().marked());
    assertEquals(PageHints.NONE, articles.get(1).hints());
  }

  @Test
  void datePrecedenceIsInputThenOptionThenText() throws IOException {
    Path file = write("d.jsonl", """
        {"id": "input", "text": "January 20, 2008. Story.", "date": "2026-01-30"}
        {"id": "badinput", "text": "January 20, 2008. Story.", "date": "someday"}
        {"id": "text", "text": "January 20, 2008. Story."}
        {"id": "none", "text": "No date at all."}
        """);
    List<Article> withOption = readAll(List.of(file.toString()), "2025-05-05");
    assertEquals(List.of("2026-01-30 input", "2025-05-05 option", "2025-05-05 option", "2025-05-05 option"),
        withOption.stream().map(a -> a.published() + " " + a.dateSource()).toList());
    List<Article> withoutOption = readAll(List.of(file.toString()), null);
    assertEquals(List.of("2026-01-30 input", "2008-01-20 text", "2008-01-20 text", " "),
        withoutOption.stream().map(a -> a.published() + " " + a.dateSource()).toList());
  }

  @Test
  void stripsByteOrderMarkAndReplacesInvalidUtf8() throws IOException {
    Path bom = dir.resolve("bom.txt");
    Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Café".getBytes(UTF_8)));
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, concat("caf".getBytes(UTF_8), new byte[] {(byte) 0xE9, ' ', 'o', 'k'}));
    Path bomCsv = dir.resolve("bom.csv");
    Files.write(bomCsv, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "text\nHi\n".getBytes(UTF_8)));
    Path bomJsonl = dir.resolve("bom.jsonl");
    Files.write(bomJsonl, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "{\"text\":\"Yo\"}".getBytes(UTF_8)));
    List<Article> articles = readAll(List.of(bom.toString(), bad.toString(), bomCsv.toString(), bomJsonl.toString()), null);
    // A file without any UTF-8 multi-byte sequence is legacy Windows-1252 (see BadInputTest for damaged UTF-8).
    assertEquals(List.of("Café", "café ok", "Hi", "Yo"), articles.stream().map(Article::text).toList());
    assertTrue(articles.stream().allMatch(Article::readable));
  }

  @Test
  void readsLazilyOneFileAtATime() throws IOException {
    Path first = write("lazy/1.txt", "one");
    Path second = write("lazy/2.txt", "two");
    try (ArticleInputs inputs = ArticleInputs.open(List.of(dir.resolve("lazy").toString()), null)) {
      assertEquals("one", inputs.next().text());
      // Changed after open() but before it is reached: the new content proves it had not been read yet.
      Files.writeString(second, "changed");
      assertEquals("changed", inputs.next().text());
      assertFalse(inputs.hasNext());
    }
    assertTrue(Files.exists(first));
  }

  private List<Article> readAll(List<String> inputs, String date) {
    List<Article> articles = new ArrayList<>();
    try (ArticleInputs in = ArticleInputs.open(inputs, date, new ByteArrayInputStream(new byte[0]))) {
      in.forEachRemaining(articles::add);
    }
    return articles;
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
