package org.dateline.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.dateline.doc.Article;
import org.dateline.doc.Page;
import org.dateline.doc.Segment;
import org.dateline.page.PageSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated hostile input, property style: for many seeded random files, the readers give one article per file
 * (or per non-blank JSONL line), never an exception, and a failed article always says why; the page segmenter
 * gives segments within the text, in order. Plain JUnit with {@link Random} and fixed seeds rather than jqwik,
 * whose jar prints a notice addressed to AI agents into the build output: a failure names its seed, and the same
 * seed gives the same file again.
 */
class HostileInputTest {

  private static final int TRIALS = 150;
  private static final String NASTY = "\"\\{}[],:\n\r\t\u0000\u001b\u00a0\u2028\u2029\u200b\ufeff\ufffd<>&;#'`=+-@";

  @TempDir
  Path dir;

  @Test
  void anyBytesInAnyFormatGiveArticlesAndNeverAnException() throws IOException {
    String[] names = {"a.txt", "a.html", "a.jsonl", "a.jsonl.gz", "a.csv"};
    for (int seed = 0; seed < TRIALS; seed++) {
      Random random = new Random(seed);
      String name = names[seed % names.length];
      byte[] bytes = random.nextBoolean() ? randomBytes(random) : text(random, 2000).getBytes(StandardCharsets.UTF_8);
      if (name.endsWith(".csv")) {
        bytes = concat("id,text\n".getBytes(StandardCharsets.UTF_8), bytes);
      }
      Path file = dir.resolve(seed + "-" + name);
      Files.write(file, bytes);
      List<Article> articles = readAll(file, "seed " + seed);
      if (name.endsWith(".txt") || name.endsWith(".html")) {
        assertEquals(1, articles.size(), "seed " + seed);
      }
      for (Article a : articles) {
        assertFalse(a.id().isEmpty(), "seed " + seed);
        assertTrue(a.readable() || !a.error().isBlank(), "seed " + seed + ": a failed article must say why");
      }
    }
  }

  @Test
  void everyNonBlankJsonLineIsOneArticleWhateverItHolds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (int seed = 0; seed < TRIALS; seed++) {
      Random random = new Random(seed);
      List<String> lines = new ArrayList<>();
      int records = 1 + random.nextInt(30);
      for (int i = 0; i < records; i++) {
        lines.add(random.nextInt(3) == 0 ? text(random, 200).replaceAll("[\r\n\u2028\u2029]", " ")
            : json.writeValueAsString(Map.of("id", "r" + i, "text", text(random, 500))));
      }
      long expected = lines.stream().filter(l -> !l.isBlank()).count();
      String file = (random.nextBoolean() ? "\ufeff" : "") + String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
      boolean gzip = random.nextBoolean();
      Path path = dir.resolve(seed + (gzip ? ".jsonl.gz" : ".jsonl"));
      try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(path)) : Files.newOutputStream(path)) {
        out.write(file.getBytes(StandardCharsets.UTF_8));
      }
      List<Article> articles = readAll(path, "seed " + seed);
      assertEquals(expected, articles.size(), "seed " + seed);
    }
  }

  @Test
  void theSegmenterKeepsEverySegmentWithinTheTextInOrder() {
    PageSegmenter segmenter = new PageSegmenter();
    for (int seed = 0; seed < TRIALS * 2; seed++) {
      Random random = new Random(seed);
      String text = text(random, 3000);
      Page page = segmenter.segment(text, random.nextBoolean() ? "" : text(random, 80));
      int previousEnd = 0;
      for (Segment s : page.segments()) {
        assertTrue(s.start() >= previousEnd && s.end() <= text.length(), "seed " + seed + ": " + s);
        previousEnd = s.end();
      }
    }
  }

  private static List<Article> readAll(Path file, String what) {
    List<Article> articles = new ArrayList<>();
    try (ArticleInputs in = ArticleInputs.open(List.of(file.toString()), null)) {
      in.forEachRemaining(articles::add);
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": " + e, e);
    }
    return articles;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(3000)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Words, lines, markup, quotes and control characters in random mixture, up to {@code max} characters. */
  private static String text(Random random, int max) {
    String[] pieces = {"Kyiv", "Zelensky", " said", " \"We ", "will.\" ", "Jan. 30", "\n\n", "\n", "By Jane Doe",
        "Read more", "3 min read", "<p>", "</div>", "https://x.y/z?a=1", "12,345", " ", "AP", "(Reuters) -", "—"};
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(max + 1);
    while (b.length() < length) {
      switch (random.nextInt(4)) {
        case 0 -> b.append(NASTY.charAt(random.nextInt(NASTY.length())));
        case 1 -> b.appendCodePoint(randomCodePoint(random));
        default -> b.append(pieces[random.nextInt(pieces.length)]);
      }
    }
    return b.toString();
  }

  /** Any Unicode scalar value: letters of every script, emoji, private use; never a lone surrogate. */
  private static int randomCodePoint(Random random) {
    int c = random.nextInt(0x110000);
    return c >= 0xD800 && c <= 0xDFFF ? 'x' : c;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
