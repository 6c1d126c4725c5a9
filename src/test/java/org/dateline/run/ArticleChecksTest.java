package org.dateline.run;

import org.dateline.doc.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Before any NLP: empty texts are refused with a reason, long ones truncated and odd ones flagged. */
class ArticleChecksTest {

  private static Article article(String text) {
    return new Article("a", "in.jsonl:3", "", text, "", "", "", "");
  }

  @Test
  void emptyAndWhitespaceOnlyArticlesAreRefusedWithAReason() {
    assertEquals("no text: the article is empty in in.jsonl:3; check the input",
        ArticleChecks.refusal(article("")).orElseThrow());
    assertTrue(ArticleChecks.refusal(article(" \n\u00A0\t")).orElseThrow().contains("only whitespace"));
    assertTrue(ArticleChecks.refusal(article("\u200B\u0000 ")).isPresent());
    assertTrue(ArticleChecks.refusal(article("Text.")).isEmpty());
  }

  @Test
  void longArticleIsTruncatedAtAParagraphBreakWithAWarning() {
    String text = "First paragraph.\n\n" + "word ".repeat(30);
    Article a = ArticleChecks.prepared(article(text), 30);
    assertEquals("First paragraph.", a.text());
    assertEquals("truncated: only the first 16 of " + text.length()
        + " characters were analysed (--max-article-chars 30)", a.warning());
    assertEquals("First paragraph.\n\nword word word word", ArticleChecks.prepared(article(text), 40).text(),
        "a paragraph break in the first half is too early; the last word break is used");
  }

  @Test
  void unbrokenTextIsCutAtTheLimitButNeverInsideASurrogatePair() {
    String emoji = "😀".repeat(30);
    Article a = ArticleChecks.prepared(article(emoji), 11);
    assertEquals(10, a.text().length());
    assertEquals("😀".repeat(5), a.text());
    assertEquals(11, ArticleChecks.prepared(article("x".repeat(30)), 11).text().length());
  }

  @Test
  void articleWithinTheLimitIsUntouched() {
    Article a = ArticleChecks.prepared(article("Short text."), 200_000);
    assertEquals("Short text.", a.text());
    assertEquals("", a.warning());
  }

  @Test
  void textWithoutLettersAndControlCharactersAreFlagged() {
    assertTrue(ArticleChecks.prepared(article("12 + 34 = 46 !!!"), 100).warning().contains("no letters"));
    Article controls = ArticleChecks.prepared(article("Bell\u0007 and NUL\u0000 here."), 100);
    assertEquals("2 control character(s) were treated as spaces", controls.warning());
  }

  @Test
  void warningsAccumulateAfterTheReadersOwn() {
    Article read = article("Caf\u00e9").withWarning("not valid UTF-8; decoded as Windows-1252");
    Article a = ArticleChecks.prepared(read.withText("123"), 100);
    assertEquals("not valid UTF-8; decoded as Windows-1252; the text has no letters, so no names or dates can "
        + "be found in it", a.warning());
  }
}
