package org.dateline.model;

import java.util.List;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Quote;
import org.dateline.run.ArticleProcessor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts that crashed or confused CoreNLP's quote annotator go through the whole pipeline: they give sensible
 * rows or none, never a failed article.
 */
@Tag("model")
class QuoteRobustnessTest {

  private static ArticleResult run(String text) {
    ArticleResult r = new ArticleProcessor(SharedNlp.get(), SharedNlp.OPTIONS).process(
        new Article("t", "t", "", text, "2026-01-30", "input", "", ""));
    assertTrue(r.ok(), r.error());
    for (Quote q : r.quotes()) {
      assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= text.length(), q.toString());
    }
    return r;
  }

  /** CoreNLP #1147: StringIndexOutOfBoundsException on an empty quote. */
  @Test
  void emptyQuoteBeforeEqualsSign() {
    assertEquals(List.of(), run("\"\"=\n\nThe council met on Friday.").quotes());
  }

  /** CoreNLP #1118: IndexOutOfBoundsException on one-word quote paragraphs. */
  @Test
  void oneWordQuoteParagraphs() {
    run("\"Bob.\"\n\n\"What.\"\n\nThe two men did not speak again.");
  }

  /** An opening mark never closed is not a direct quote and does not swallow the next paragraph. */
  @Test
  void unbalancedQuote() {
    String text = "The mayor said \"the budget is balanced and will stay that way.\n\nCritics disagreed.";
    for (Quote q : run(text).quotes()) {
      assertTrue(q.end() <= text.indexOf("Critics"), q.toString());
    }
  }

  /** Apostrophes inside words are not quotation marks. */
  @Test
  void rockNRoll() {
    List<Quote> rows = run("She loves rock 'n' roll, and the band's fans agree.").quotes();
    assertEquals(List.of(), rows);
  }

  /** A 5,000-character quote is one direct row with its speaker. */
  @Test
  void veryLongQuote() {
    String body = "We will keep the schools open and the buses running. ".repeat(95).trim();
    String text = "\"" + body + "\" the mayor said.";
    List<Quote> rows = run(text).quotes();
    assertEquals(1, rows.stream().filter(q -> q.kind().equals(Quote.DIRECT)).count(), rows.toString());
    Quote q = rows.stream().filter(r -> r.kind().equals(Quote.DIRECT)).findFirst().orElseThrow();
    assertEquals(0, q.start());
    assertEquals(body.length() + 2, q.end());
    assertEquals("the mayor", q.speaker().text());
  }
}
