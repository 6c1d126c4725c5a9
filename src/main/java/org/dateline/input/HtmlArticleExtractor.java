package org.dateline.input;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import org.dateline.doc.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * Pulls the readable article out of a news web page. Paragraph breaks are kept because the later stages
 * (segmenting headline/byline/body, sentence splitting) rely on them; navigation and other page chrome are
 * dropped because they would otherwise produce spurious people and places. What the markup says about the
 * story's parts (its {@code h1}, {@code figcaption}s and bylines) is passed on as hints for the segmenter.
 */
public final class HtmlArticleExtractor {

  /** Never article text. A {@code header} is also chrome, unless it belongs to an article (headline, byline). */
  private static final String CHROME = "script, style, noscript, template, iframe, svg, nav, aside, form, footer, "
      + "button, select";
  /**
   * Elements a page marks its bylines with: author links and microdata, and a class that ends in "byline"
   * ({@code byline}, {@code article__byline}, {@code c-byline}; not {@code byline-icon} or {@code ks-byline-fb}).
   */
  private static final String BYLINES = "[rel=author], [itemprop=author], [class~=(^|[\\s_-])byline(\\s|$)]";

  private final HtmlDateFinder dates = new HtmlDateFinder();

  public HtmlPage extract(String html) {
    return extract(Jsoup.parse(html));
  }

  public HtmlPage extract(Document page) {
    // Metadata first: JSON-LD lives in <script> elements that the text extraction removes.
    String published = dates.find(page).map(Object::toString).orElse("");
    Element root = articleRoot(page).clone();
    root.select(CHROME).remove();
    root.select("header").stream().filter(header -> header.closest("article") == null).forEach(Node::remove);
    HtmlText text = HtmlText.of(root, marks(root));
    return new HtmlPage(title(page), text.text(), text.hints(), published, url(page));
  }

  /**
   * What the page's markup says about the story's parts: its first {@code h1} with text is the headline, every
   * {@code figcaption} a caption, and the short byline elements ({@link #BYLINES}) bylines: a longer one holds
   * more than a byline (share buttons, an author's bio or latest stories).
   */
  private static Map<Element, Section> marks(Element root) {
    Map<Element, Section> marks = new IdentityHashMap<>();
    root.select(BYLINES).stream().filter(e -> e.text().length() <= HtmlText.MAX_BYLINE_CHARS)
        .forEach(e -> marks.put(e, Section.BYLINE));
    root.select("figcaption").forEach(e -> marks.put(e, Section.CAPTION));
    root.select("h1").stream().filter(Element::hasText).findFirst().ifPresent(e -> marks.put(e, Section.HEADLINE));
    return marks;
  }

  /** The element holding the story: the largest {@code <article>}, else {@code <main>}, else the body. */
  private static Element articleRoot(Document page) {
    Elements articles = page.select("article");
    if (!articles.isEmpty()) {
      return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
    }
    Element main = page.selectFirst("main");
    return main != null ? main : page.body();
  }

  private static String title(Document page) {
    String og = HtmlDateFinder.meta(page, "og:title");
    if (!og.isBlank()) {
      return HtmlText.clean(og);
    }
    if (!page.title().isBlank()) {
      return HtmlText.clean(page.title());
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null ? "" : HtmlText.clean(h1.text());
  }

  private static String url(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").trim();
    }
    return HtmlDateFinder.meta(page, "og:url").trim();
  }
}
