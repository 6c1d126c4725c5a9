package org.dateline.input;

import java.util.List;
import org.dateline.doc.Section;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extractor on a full news page: the story's block chosen by its prose, the furniture in and around it gone. */
class ContentExtractionTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @Test
  void keepsTheStoryAndDropsFurniture() {
    String text = extractor.extract(NewsPages.page("")).text();
    for (int i = 1; i <= 6; i++) {
      assertTrue(text.contains("Paragraph " + i + ". " + NewsPages.PROSE), "paragraph " + i + " in:\n" + text);
    }
    for (String furniture : List.of("Home", "Advertisement", "Teaser", "Related", "Older harbour", "Reader one",
        "Copyright", "Share on", "Tweet", "The wall after the storm", "Most read")) {
      assertFalse(text.contains(furniture), furniture + " in:\n" + text);
    }
  }

  @Test
  void aHeadlineOutsideTheStoryBlockIsTheTitleOnly() {
    HtmlPage page = extractor.extract(NewsPages.page(""));
    assertTrue(page.text().startsWith("Paragraph 1."), page.text());
    assertEquals("Harbour wall to be rebuilt | Gazette", page.title());
  }

  @Test
  void keepsHeadlineAndBylineInTheStoryBlockMarked() {
    String html = NewsPages.page("").replace("<h1>Harbour wall to be rebuilt</h1><div class=\"byline\">By Jane Doe"
        + "</div>", "").replace("<div class=\"story-body\">", "<div class=\"story-body\"><h1>Harbour wall to be "
        + "rebuilt</h1><p class=\"byline\">By Jane Doe</p>");
    HtmlPage page = extractor.extract(html);
    assertTrue(page.text().startsWith("Harbour wall to be rebuilt\n\nBy Jane Doe\n\nParagraph 1."), page.text());
    assertEquals(Section.HEADLINE, page.hints().sectionOf(0, "Harbour wall to be rebuilt".length()).orElseThrow());
    int byline = page.text().indexOf("By Jane Doe");
    assertEquals(Section.BYLINE, page.hints().sectionOf(byline, byline + 11).orElseThrow());
  }

  @Test
  void theStoryWinsOverManyTeaserArticles() {
    // Several <article> elements that are teaser cards: the story in a plain div still wins.
    String text = extractor.extract(NewsPages.page("")).text();
    assertFalse(text.contains("A summary of another story"));
  }

  @Test
  void authorsComeFromJsonLdBeforeTheByline() {
    String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":"
        + "\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
        + "\"datePublished\":\"2024-05-06T10:00:00Z\"}</script>";
    HtmlPage page = extractor.extract(NewsPages.page(jsonLd));
    assertEquals(List.of("Jane Doe", "John Roe"), page.authors());
    assertEquals("2024-05-06", page.published());
  }

  @Test
  void authorsFromMetaTagsOrTheByline() {
    assertEquals(List.of("Ann Lee", "Bo Chen"),
        extractor.extract(NewsPages.page("<meta name=\"author\" content=\"By Ann Lee and Bo Chen\">")).authors());
    assertEquals(List.of("Jane Doe"), extractor.extract(NewsPages.page("")).authors());
    assertEquals(List.of("Tom Lee"), extractor.extract(NewsPages.page(
        "<meta name=\"author\" content=\"Tom Lee, AP Auto Writer\">")).authors());
  }

  @Test
  void theUrlsDatePathIsTheLastResortForTheDate() {
    assertEquals("2019-11-18", extractor.extract(NewsPages.page(
        "<link rel=\"canonical\" href=\"https://news.example/2019/11/18/harbour-wall/\">")).published());
    assertEquals("", extractor.extract(NewsPages.page(
        "<link rel=\"canonical\" href=\"https://news.example/2019/13/45/harbour-wall/\">")).published());
    assertEquals("2024-01-03", extractor.extract(NewsPages.page("<meta property=\"article:published_time\" "
        + "content=\"2024-01-03\"><link rel=\"canonical\" href=\"https://news.example/2019/11/18/x\">"))
        .published());
  }

  @Test
  void jsonLdArticleBodyWhenTheMarkupHasNoText() {
    String body = "The whole story, as the page states it in its structured data. " + NewsPages.PROSE;
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + body + "\"}</script></head><body><div id=\"app\"></div><p>Loading</p></body></html>";
    assertEquals(body, extractor.extract(html).text());
  }

  @Test
  void aPageWrappedInAFormKeepsItsStory() {
    String html = NewsPages.page("").replace("<body>", "<body><form method=\"post\">")
        .replace("</body>", "</form></body>");
    assertTrue(extractor.extract(html).text().contains("Paragraph 6. "));
  }
}
