package org.dateline.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.run.ArticleProcessor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed article (../shared/data/seed) and its answer key, processed once with every table for all the tests
 * that check it.
 */
final class SeedArticle {

  private static final class Holder {
    static final JsonNode GOLD;
    static final ArticleResult RESULT;

    static {
      try {
        GOLD = new ObjectMapper().readTree(SharedNlp.shared("seed/gold.json").toFile());
        String text = Files.readString(SharedNlp.shared("seed/kyiv-independent-2026-01-30.txt"));
        Article a = new Article("seed", "seed", "", text, GOLD.get("published").asText(), "input", "", "");
        RESULT = new ArticleProcessor(SharedNlp.get(), SharedNlp.OPTIONS).process(a);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private SeedArticle() {
  }

  /** Skips the calling test when ../shared is absent. */
  static void assumePresent() {
    assumeTrue(SharedNlp.has("seed/gold.json"), "../shared/data/seed not present");
  }

  static JsonNode gold() {
    return Holder.GOLD;
  }

  static ArticleResult result() {
    ArticleResult r = Holder.RESULT;
    assertTrue(r.ok(), r.error());
    return r;
  }
}
