package org.dateline.page;

import java.util.List;
import org.dateline.doc.Article;
import org.dateline.doc.Page;
import org.dateline.doc.PageHints;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;
import org.dateline.input.HtmlArticleExtractor;
import org.dateline.input.HtmlPage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The page's own markup (h1, figcaption, bylines) decides the lines it marks, before the text rules. */
class MarkedPageTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
  private final PageSegmenter segmenter = new PageSegmenter();

  /** A page whose h1 is not the first line, whose byline has no "By" and whose caption has no photo credit. */
  private static final String PAGE = """
      <html><body><article>
        <p>Weather desk</p>
        <h1>Storm hits coast</h1>
        <p class="byline">Tom Krisher, AP Auto Writer</p>
        <figure><img src="pier.jpg"><figcaption>Waves at the pier in Brighton on Monday.</figcaption></figure>
        <p>A powerful storm hit the coast on Monday, officials said.</p>
        <p>Residents were told to stay indoors until the evening.</p>
      </article></body></html>
      """;

  @Test
  void markedLinesBecomeHeadlineBylineAndCaption() {
    Article article = article(PAGE, "");
    Page page = segmenter.segment(article);
    assertEquals("Storm hits coast", page.title(), "no title given: the marked headline is the title");
    assertEquals(List.of(
        "BODY Weather desk",
        "HEADLINE Storm hits coast",
        "BYLINE Tom Krisher, AP Auto Writer",
        "CAPTION Waves at the pier in Brighton on Monday.",
        "BODY A powerful storm hit the coast on Monday, officials said.",
        "BODY Residents were told to stay indoors until the evening."), lines(article, page));
  }

  @Test
  void theTextRulesAloneWouldNotHaveFoundThem() {
    Article article = article(PAGE, "");
    Page guessed = segmenter.segment(article.text(), "", PageHints.NONE);
    assertEquals("Weather desk", guessed.title());
    List<String> lines = lines(article, guessed);
    assertEquals("BODY Storm hits coast", lines.get(1));
    assertEquals("BODY Tom Krisher, AP Auto Writer", lines.get(2));
    assertEquals("BODY Waves at the pier in Brighton on Monday.", lines.get(3));
  }

  @Test
  void aGivenTitleStaysTheTitleAndLabelsAboveTheMarkedHeadlineAreChrome() {
    Article article = article("<body><article><p>Politics</p><h1>Storm hits coast</h1>"
        + "<p>A powerful storm hit the coast on Monday, officials said.</p></article></body>", "Storm | Planet");
    Page page = segmenter.segment(article);
    assertEquals("Storm | Planet", page.title());
    assertEquals(List.of("CHROME Politics", "HEADLINE Storm hits coast",
        "BODY A powerful storm hit the coast on Monday, officials said."), lines(article, page));
  }

  @Test
  void aMarkedCaptionIsACaptionWhereverItStands() {
    Article article = article("<body><article><h1>Storm hits coast</h1>"
        + "<p>A powerful storm hit the coast on Monday, officials said.</p>"
        + "<figure><figcaption>By the pier</figcaption></figure>"
        + "<p>Residents were told to stay indoors until the evening.</p></article></body>", "");
    List<String> lines = lines(article, segmenter.segment(article));
    assertEquals("CAPTION By the pier", lines.get(2));
    assertNotEquals("CAPTION By the pier",
        lines(article, segmenter.segment(article.text(), "", PageHints.NONE)).get(2));
  }

  @Test
  void hintsSurviveTruncationWhereTheTextIsUnchanged() {
    Article article = article(PAGE, "");
    int cut = article.text().indexOf("\n\nWaves");
    Article truncated = article.withText(article.text().substring(0, cut));
    assertEquals(List.of(Section.HEADLINE, Section.BYLINE),
        truncated.hints().marked().stream().map(Segment::section).toList());
    Article cutInsideByline = article.withText(article.text().substring(0, cut - 3));
    assertEquals(List.of(Section.HEADLINE),
        cutInsideByline.hints().marked().stream().map(Segment::section).toList());
  }

  private Article article(String html, String title) {
    HtmlPage page = extractor.extract(html);
    return new Article("page.html", "page.html", title, page.text(), "", "", "", "", "", page.hints());
  }

  /** Every segment as "SECTION text". */
  private static List<String> lines(Article article, Page page) {
    return page.segments().stream()
        .map(s -> s.section() + " " + article.text().substring(s.start(), s.end())).toList();
  }
}
