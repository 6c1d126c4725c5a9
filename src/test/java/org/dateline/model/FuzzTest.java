package org.dateline.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.config.OutputMode;
import org.dateline.config.RunOptions;
import org.dateline.input.ArticleInputs;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded fuzzing of the full pipeline: a few hundred short random and malformed articles (random Unicode, quote
 * marks and brackets, huge tokens, empty paragraphs, HTML fragments, control characters, malformed JSON lines,
 * repeated ids). The run must finish, and every line of input must be accounted for in articles.csv.
 */
@Tag("model")
class FuzzTest {

  private static final long SEED = 20_261_126L;
  private static final int CASES = 300;
  private static final String[] WORDS = {"Obama", "said", "Paris", "the", "Merkel", "on", "Tuesday", "Kyiv",
      "Jan.", "30", "2026", "Reuters", "\"", "“", "”", "'", "«", "»", "(", ")", "[", "]", "{", "}", "<b>", "</p>",
      "&amp;", "--", "...", "Mr.", "U.S.", "e-mail", "@user", "#tag", "http://x.y/z?q=1", "=SUM(A1)", "\u200B",
      "\u0000", "\u0007", "\u001B[0m", "\uFEFF", "\uD83D\uDE00", "Łódź", "東京", "مرحبا", "\u202E", "\uFFFD"};

  @TempDir
  Path dir;

  /** One article text: a mix of words, random code points, huge tokens, blank paragraphs and HTML. */
  static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int parts = r.nextInt(12);
    for (int i = 0; i < parts; i++) {
      switch (r.nextInt(8)) {
        case 0 -> b.append("\n\n\n");
        case 1 -> b.append("x".repeat(500 + r.nextInt(1500)));
        case 2 -> b.append("<p>").append(WORDS[r.nextInt(WORDS.length)]).append("</p><div><script>a()</script>");
        case 3 -> r.ints(5 + r.nextInt(20), 0, 0x2FFFF).filter(Character::isValidCodePoint)
            .filter(c -> c < 0xD800 || c > 0xDFFF).forEach(b::appendCodePoint);
        default -> {
          for (int w = r.nextInt(25); w > 0; w--) {
            b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(6) == 0 ? "\n" : " ");
          }
        }
      }
    }
    return b.toString();
  }

  /** The JSONL input and the number of its non-blank lines (each one must give exactly one row). */
  static List<String> lines(Random r) {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      ObjectNode o = json.createObjectNode();
      o.put("id", r.nextInt(10) == 0 ? "same" : "case-" + i);
      o.put("text", text(r));
      if (r.nextBoolean()) {
        o.put("date", r.nextBoolean() ? "2026-01-30" : "not a date");
      }
      String line = o.toString();
      lines.add(switch (r.nextInt(15)) {
        case 0 -> cutInHalf(line, r.nextInt(line.length()));
        case 1 -> "[1, 2, 3]";
        case 2 -> "{\"id\": \"no-text-" + i + "\"}";
        default -> line;
      });
    }
    return lines;
  }

  /** A line cut short, as by a crashed exporter; never between the two halves of a surrogate pair. */
  private static String cutInHalf(String line, int at) {
    return line.substring(0, at > 0 && Character.isHighSurrogate(line.charAt(at - 1)) ? at - 1 : at);
  }

  @Test
  void randomAndMalformedArticlesNeverCrashAndAreAllAccountedFor() throws IOException {
    List<String> lines = lines(new Random(SEED));
    assertEquals(lines, lines(new Random(SEED)), "the generator is reproducible");
    Path input = dir.resolve("fuzz.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    long expected = lines.stream().filter(l -> !l.isBlank()).count();
    Path out = dir.resolve("out");
    RunOptions o = new RunOptions(List.of(input.toString()), out, 2, OutputMode.FRESH, false, false);
    RunSummary summary;
    try (ArticleInputs in = ArticleInputs.open(o.inputs(), null)) {
      summary = new Pipeline(SharedNlp.OPTIONS, o).run(in, SharedNlp.get(), 0);
    }
    List<CSVRecord> rows;
    try (Reader r = Files.newBufferedReader(out.resolve("articles.csv"))) {
      rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
    assertEquals(expected, summary.read());
    assertEquals(expected, rows.size());
    assertEquals(expected, rows.stream().map(row -> row.get("article_id")).distinct().count(), "ids are unique");
    for (CSVRecord row : rows) {
      boolean ok = row.get("status").equals("ok");
      assertTrue(ok || row.get("status").equals("failed"), row.toString());
      assertEquals(ok, row.get("error").isEmpty(), "failed rows say why, ok rows have no error: " + row);
      assertFalse(row.get("error").contains("\n"), "one-line reason: " + row);
    }
    assertTrue(summary.failed() > 0 && summary.ok() > summary.failed(), summary.describe());
  }
}
