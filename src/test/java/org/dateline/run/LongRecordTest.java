package org.dateline.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.config.Options;
import org.dateline.doc.Article;
import org.dateline.input.ArticleInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record longer than Jackson's default 20-million-character string limit is an article like any other: read
 * with its id, then truncated at --max-article-chars with a warning; the records after it are read as usual.
 */
class LongRecordTest {

  private static final int LENGTH = 21_000_000;

  @TempDir
  Path dir;

  @Test
  void aJsonLineOver20MillionCharactersKeepsItsIdAndIsTruncated() throws IOException {
    Path file = dir.resolve("long.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"id\": \"giant\", \"text\": \"");
      writeWords(w);
      w.write("\"}\n{\"id\": \"after\", \"text\": \"A short one.\"}\n");
    }
    assertGiantThenShort(file);
  }

  @Test
  void aCsvRecordOver20MillionCharactersKeepsItsIdAndIsTruncated() throws IOException {
    Path file = dir.resolve("long.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id,text\ngiant,\"");
      writeWords(w);
      w.write("\"\nafter,A short one.\n");
    }
    assertGiantThenShort(file);
  }

  private static void writeWords(Writer w) throws IOException {
    String words = "Kyiv said on Tuesday that talks would go on. ";
    for (int written = 0; written < LENGTH; written += words.length()) {
      w.write(words);
    }
  }

  private static void assertGiantThenShort(Path file) {
    List<Article> articles = new ArrayList<>();
    try (ArticleInputs in = ArticleInputs.open(List.of(file.toString()), null)) {
      in.forEachRemaining(articles::add);
    }
    assertEquals(List.of("giant", "after"), articles.stream().map(Article::id).toList());
    Article giant = articles.get(0);
    assertTrue(giant.readable(), giant.error());
    assertTrue(giant.text().length() >= LENGTH);
    Article prepared = ArticleChecks.prepared(giant, Options.MAX_ARTICLE_CHARS);
    assertEquals("giant", prepared.id());
    assertTrue(prepared.text().length() <= Options.MAX_ARTICLE_CHARS);
    assertTrue(prepared.warning().contains("truncated: only the first"), prepared.warning());
    assertEquals("A short one.", articles.get(1).text());
  }
}
