package org.dateline.input;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every kind of bad input file the issue lists is read without an exception: it becomes an article whose row
 * says what was wrong (unreadable), an article with a warning saying how its text was recovered, or a usage
 * error naming the input before anything is processed. Article-level checks are in ArticleChecksTest.
 */
class BadInputTest {

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static List<Article> readAll(Path... files) {
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      names.add(f.toString());
    }
    List<Article> out = new ArrayList<>();
    try (ArticleInputs in = ArticleInputs.open(names, null)) {
      in.forEachRemaining(out::add);
    }
    return out;
  }

  private static Article readOne(Path file) {
    List<Article> all = readAll(file);
    assertEquals(1, all.size());
    return all.get(0);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void missingPathIsAUsageErrorNamingIt() {
    String missing = dir.resolve("no-such-folder").toString();
    UsageException e = assertThrows(UsageException.class, () -> ArticleInputs.open(List.of(missing), null));
    assertTrue(e.getMessage().contains(missing) && e.getMessage().contains("check the path"), e.getMessage());
  }

  @Test
  void fileThatVanishesBeforeItIsReadBecomesAnUnreadableArticle() throws IOException {
    Path gone = write("gone.txt", "soon deleted".getBytes(UTF_8));
    Path kept = write("kept.txt", "Still here.".getBytes(UTF_8));
    try (ArticleInputs in = ArticleInputs.open(List.of(gone.toString(), kept.toString()), null)) {
      Files.delete(gone);
      Article first = in.next();
      assertFalse(first.readable());
      assertTrue(first.error().startsWith("cannot read " + gone), first.error());
      assertEquals("Still here.", in.next().text());
    }
  }

  @Test
  void fileWithoutReadPermissionBecomesAnUnreadableArticle() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root can read any file");
    Path locked = write("locked.txt", "secret".getBytes(UTF_8));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Article a = readOne(locked);
    assertFalse(a.readable());
    assertTrue(a.error().contains(locked.toString()), a.error());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreReadAsEmptyTexts() throws IOException {
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", " \n\t\n ".getBytes(UTF_8));
    List<Article> both = readAll(empty, blank);
    assertEquals(List.of("", " \n\t\n "), both.stream().map(Article::text).toList());
    // The processor refuses them with a reason (ArticleChecksTest); reading them is not an error.
    assertTrue(both.stream().allMatch(Article::readable));
  }

  @Test
  void binaryFileIsUnreadableWithAReason() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    Article txt = readOne(write("image.txt", png));
    assertFalse(txt.readable());
    assertTrue(txt.error().contains("looks binary"), txt.error());
    Article html = readOne(write("image.html", png));
    assertFalse(html.readable());
    assertTrue(html.error().contains("looks binary"), html.error());
  }

  @Test
  void damagedUtf8IsDecodedWithReplacementAndSaysSo() throws IOException {
    byte[] bytes = concat("Zürich ".getBytes(UTF_8), new byte[] {(byte) 0xFF, 'x', (byte) 0xC3});
    Article a = readOne(write("damaged.txt", bytes));
    assertTrue(a.readable());
    assertEquals("Zürich \uFFFDx\uFFFD", a.text());
    assertTrue(a.warning().contains("invalid UTF-8: 2 malformed"), a.warning());
  }

  @Test
  void damagedUtf8InJsonLinesIsReplacedAndSaysSo() throws IOException {
    byte[] line = concat("{\"id\":\"j\",\"text\":\"caf".getBytes(UTF_8), new byte[] {(byte) 0xE9, '"', '}', '\n'});
    Article a = readOne(write("damaged.jsonl", line));
    assertEquals("caf\uFFFD", a.text());
    assertTrue(a.warning().contains("U+FFFD"), a.warning());
  }

  @Test
  void utf8ByteOrderMarkIsDroppedSilently() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Article a = readOne(write("bom.txt", concat(bom, "Kyiv".getBytes(UTF_8))));
    assertEquals("Kyiv", a.text());
    assertEquals("", a.warning());
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedInEveryFormat() throws IOException {
    Charset le = StandardCharsets.UTF_16LE;
    Charset be = StandardCharsets.UTF_16BE;
    byte[] leBom = {(byte) 0xFF, (byte) 0xFE};
    byte[] beBom = {(byte) 0xFE, (byte) 0xFF};
    Article txtLe = readOne(write("le.txt", concat(leBom, "Łódź 😀".getBytes(le))));
    Article txtBe = readOne(write("be.txt", concat(beBom, "Łódź 😀".getBytes(be))));
    assertEquals("Łódź 😀", txtLe.text());
    assertEquals("Łódź 😀", txtBe.text());
    assertTrue(txtLe.warning().contains("UTF-16LE"), txtLe.warning());
    Article jsonl = readOne(write("le.jsonl", concat(leBom, "{\"id\":\"u\",\"text\":\"Łódź\"}\n".getBytes(le))));
    assertEquals("Łódź", jsonl.text());
    Article csv = readOne(write("be.csv", concat(beBom, "id,text\nc,Łódź\n".getBytes(be))));
    assertEquals("Łódź", csv.text());
  }

  @Test
  void windows1252TextIsDecodedAsSuchAndSaysSo() throws IOException {
    String text = "The café’s “menu” costs 5 €.";
    Article a = readOne(write("legacy.txt", text.getBytes(Charset.forName("windows-1252"))));
    assertEquals(text, a.text());
    assertTrue(a.warning().contains("Windows-1252"), a.warning());
    Article html = readOne(write("legacy.html",
        ("<html><body><p>" + text + "</p></body></html>").getBytes(Charset.forName("windows-1252"))));
    assertEquals(text, html.text());
    assertTrue(html.warning().contains("Windows-1252"), html.warning());
  }

  @Test
  void htmlWithoutBodyTextIsUnreadableWithAReason() throws IOException {
    Path head = write("head-only.html", "<html><head><title>Only a title</title></head></html>".getBytes(UTF_8));
    Path scripts = write("scripts.html", "<html><body><script>var x = 1;</script><nav>Home</nav></body></html>"
        .getBytes(UTF_8));
    for (Article a : readAll(head, scripts)) {
      assertFalse(a.readable());
      assertTrue(a.error().startsWith("no article text: the HTML page"), a.error());
    }
  }

  @Test
  void malformedJsonLineNamesFileAndLineAndTheOtherLinesGoOn() throws IOException {
    String lines = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"cut in ha\n{\"id\":\"c\",\"text\":\"Three.\"}\n";
    Path file = write("cut.jsonl", lines.getBytes(UTF_8));
    List<Article> all = readAll(file);
    assertEquals(List.of("a", "cut.jsonl:2", "c"), all.stream().map(Article::id).toList());
    Article bad = all.get(1);
    assertFalse(bad.readable());
    assertTrue(bad.error().contains("line 2 of " + file), bad.error());
    assertTrue(all.get(0).readable() && all.get(2).readable());
  }

  @Test
  void csvWithoutTextColumnIsAUsageErrorNamingTheColumnsFound() throws IOException {
    Path file = write("export.csv", "id,headline,body\n1,H,B\n".getBytes(UTF_8));
    UsageException e = assertThrows(UsageException.class, () -> ArticleInputs.open(List.of(file.toString()), null));
    assertTrue(e.getMessage().contains("columns found: id, headline, body"), e.getMessage());
  }

  @Test
  void controlCharactersAndTextWithoutLettersAreReadAsIs() throws IOException {
    String text = "Bell\u0007 and escape\u001B[0m and NUL-free form feed\f.";
    assertEquals(text, readOne(write("controls.txt", text.getBytes(UTF_8))).text());
    assertEquals("12 34 -- !!", readOne(write("digits.txt", "12 34 -- !!".getBytes(UTF_8))).text());
  }
}
