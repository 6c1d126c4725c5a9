package org.dateline.input;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HtmlArticleExtractorTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static final String PAGE = """
      <!doctype html>
      <html><head>
        <title>Storm hits coast | Daily Planet</title>
        <meta property="og:title" content="Storm hits coast">
        <meta property="article:published_time" content="2024-01-03T08:15:00+02:00">
        <link rel="canonical" href="https://example.com/storm">
        <style>p { color: red }</style>
        <script>var tracking = "Barack Obama";</script>
      </head><body>
        <header><div class="logo">Daily Planet</div></header>
        <nav><ul><li>Home</li><li>World</li></ul></nav>
        <article>
          <header><h1>Storm  hits
            coast</h1><p class="byline">By Lois Lane</p></header>
          <p>The storm reached <b>Metropolis</b> on
             Tuesday.</p>
          <p>Officials said&nbsp;damage was <a href="#">limited</a>.<br>More to follow.</p>
          <figure><img src="x.jpg"><figcaption>Waves at the pier.</figcaption></figure>
          <div>Direct text in a div<div>and a nested one</div></div>
          <ul><li>First item</li><li>Second item</li></ul>
          <blockquote><p>"We are safe," she said.</p></blockquote>
          <aside>Read also: other news</aside>
          <script>document.write("ad")</script>
          <form><input value="subscribe"></form>
        </article>
        <footer>Copyright Daily Planet</footer>
      </body></html>
      """;

  @Test
  void keepsParagraphsAndDropsChrome() {
    HtmlPage page = extractor.extract(PAGE);
    assertEquals("""
        Storm hits coast

        By Lois Lane

        The storm reached Metropolis on Tuesday.

        Officials said damage was limited.
        More to follow.

        Waves at the pier.

        Direct text in a div

        and a nested one

        First item

        Second item

        "We are safe," she said.""", page.text());
    for (String chrome : new String[] {"Home", "Copyright", "Read also", "tracking", "ad\"", "color", "Daily Planet"}) {
      assertFalse(page.text().contains(chrome), chrome);
    }
  }

  @Test
  void takesTitleDateAndUrlFromMetadata() {
    HtmlPage page = extractor.extract(PAGE);
    assertEquals("Storm hits coast", page.title());
    assertEquals("2024-01-03", page.published());
    assertEquals("https://example.com/storm", page.url());
  }

  @Test
  void fallsBackToTitleElementThenFirstHeading() {
    assertEquals("Plain title", extractor.extract("<title>Plain title</title><h1>Heading</h1>").title());
    assertEquals("Heading", extractor.extract("<body><h1>Heading</h1><p>x</p></body>").title());
    assertEquals("", extractor.extract("<body><p>x</p></body>").title());
  }

  @Test
  void usesMainOrBodyWhenThereIsNoArticle() {
    String html = "<body><header>Site</header><nav>Menu</nav><main><p>One.</p><p>Two.</p></main>"
        + "<p>Outside main</p><footer>Foot</footer></body>";
    assertEquals("One.\n\nTwo.", extractor.extract(html).text());
    assertEquals("Body text.", extractor.extract("<body><header>Site</header><p>Body text.</p></body>").text());
  }

  @Test
  void readsDatesFromTheUsualPlaces() {
    assertEquals("2008-01-20", dateOf("<script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2008-01-20T10:00:00Z\"}]}"
        + "</script><p>x</p>"));
    assertEquals("2008-01-21", dateOf("<span itemprop=\"datePublished\" content=\"2008-01-21\">Jan 21</span>"));
    assertEquals("2008-01-22", dateOf("<meta name=\"pubdate\" content=\"2008-01-22\">"));
    assertEquals("2008-01-23", dateOf("<meta name=\"DC.date.issued\" content=\"2008-01-23\">"));
    assertEquals("2008-01-24", dateOf("<meta name=\"sailthru.date\" content=\"2008-01-24 09:00:00\">"));
    assertEquals("2008-01-25", dateOf("<meta name=\"parsely-pub-date\" content=\"2008-01-25T09:00:00Z\">"));
    assertEquals("2008-01-26", dateOf("<article><time datetime=\"2008-01-26T09:00\">Jan 26</time><p>x</p></article>"));
    assertEquals("", dateOf("<aside><time datetime=\"2008-01-27\">x</time></aside><p>No date here.</p>"));
  }

  @Test
  void skipsUnparseableMetaDates() {
    assertEquals("2008-01-22", dateOf("<meta property=\"article:published_time\" content=\"soon\">"
        + "<script type=\"application/ld+json\">{ broken</script>"
        + "<meta name=\"date\" content=\"2008-01-22\">"));
  }

  @Test
  void marksTheHeadlineBylineAndCaptionItKnows() {
    HtmlPage page = extractor.extract(PAGE);
    assertEquals(List.of("HEADLINE Storm hits coast", "BYLINE By Lois Lane", "CAPTION Waves at the pier."),
        marked(page));
  }

  @Test
  void marksOnlyTheFirstHeadingWithText() {
    HtmlPage page = extractor.extract("<body><article><h1><img src=logo.png></h1><h1>Storm hits coast</h1>"
        + "<p>Body.</p><h1>Related</h1></article></body>");
    assertEquals(List.of("HEADLINE Storm hits coast"), marked(page));
  }

  @Test
  void marksBylinesByAuthorMarkupAndBylineClasses() {
    HtmlPage page = extractor.extract("<body><article>"
        + "<p>Story by <a rel=\"author\" href=\"/jane\">Jane Doe</a></p>"
        + "<div class=\"article__byline\"><span>Tom Krisher</span>, AP Auto Writer</div>"
        + "<span itemprop=\"author\">Lois Lane</span>"
        + "<p>The storm reached the coast, said a reporter who asked <a rel=\"author\">John Roe</a> about it "
        + "after the long night in which the sea wall broke twice and the town hall flooded.</p>"
        + "<ul class=\"byline-icons\"><li class=\"ks-byline-fb\">facebook</li></ul>"
        + "</article></body>");
    assertEquals(List.of("BYLINE Story by Jane Doe", "BYLINE Tom Krisher, AP Auto Writer", "BYLINE Lois Lane"),
        marked(page));
  }

  @Test
  void aLongBylineElementIsMoreThanABylineAndNotMarked() {
    HtmlPage page = extractor.extract("<body><article><div class=\"byline\"><p>By Jane Doe</p>"
        + "<p>Jane Doe is a reporter for the Daily Planet who has covered the weather, the courts and city hall "
        + "for twenty years, and writes the Sunday column.</p></div><p>Body.</p></article></body>");
    assertEquals(List.of(), marked(page));
  }

  @Test
  void aPlainPageMarksNothing() {
    assertEquals(List.of(), marked(extractor.extract("<body><p>Storm hits coast</p><p>Body.</p></body>")));
  }

  /** The marked spans as "SECTION text". */
  private static List<String> marked(HtmlPage page) {
    return page.hints().marked().stream()
        .map(s -> s.section() + " " + page.text().substring(s.start(), s.end())).toList();
  }

  private String dateOf(String html) {
    return extractor.extract("<html><head></head><body>" + html + "</body></html>").published();
  }
}
