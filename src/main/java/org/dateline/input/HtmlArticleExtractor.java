package org.dateline.input;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.doc.PageHints;
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
  private static final String CHROME = "script, style, noscript, template, iframe, svg, nav, aside, footer, "
      + "button, select";
  /**
   * Elements a page marks its bylines with: author links and microdata, and a class that ends in "byline"
   * ({@code byline}, {@code article__byline}, {@code c-byline}; not {@code byline-icon} or {@code ks-byline-fb}).
   */
  private static final String BYLINES = "[rel=author], [itemprop=author], [class~=(^|[\\s_-])byline(\\s|$)]";

  /** Below this much text a page is a snippet, not a news page: all of its article/main/body is the story. */
  private static final int SMALL_PAGE = 500;
  /** A chosen block with less text than this is a wrong guess when the page has more (Readability's threshold). */
  private static final int MIN_CONTENT = 500;

  private final HtmlDateFinder dates = new HtmlDateFinder();

  public HtmlPage extract(String html) {
    return extract(Jsoup.parse(html));
  }

  public HtmlPage extract(Document page) {
    // Metadata first: JSON-LD lives in <script> elements that the text extraction removes.
    JsonLd jsonLd = JsonLd.of(page);
    String published = dates.find(page).map(Object::toString).orElse("");
    List<String> authors = HtmlAuthors.find(page, jsonLd);
    Element body = withoutChrome(page);
    Element root = body.text().length() < SMALL_PAGE ? articleRoot(body) : content(body);
    HtmlText text = HtmlText.of(root, marks(root));
    String fromJsonLd = HtmlText.clean(jsonLd.text("articleBody"));
    if (text.text().length() < fromJsonLd.length() / 2) {
      // The markup defeated the scorer (a script-rendered page, say) but the page states its text as data.
      text = new HtmlText(fromJsonLd, PageHints.NONE);
    }
    return new HtmlPage(title(page), text.text(), text.hints(), published, url(page), authors);
  }

  /** A copy of the page's body without the elements that are never the story (scripts, menus, hidden blocks). */
  static Element withoutChrome(Document page) {
    Element body = page.body().clone();
    body.select(CHROME).remove();
    // Search boxes and sign-up forms go; a form that wraps the whole page (ASP.NET sites) stays.
    body.select("form").stream().filter(form -> form.select("p").size() < 3).forEach(Node::remove);
    body.select("header").stream().filter(header -> header.closest("article") == null).forEach(Node::remove);
    body.getAllElements().stream().filter(ClassHints::hidden).toList().forEach(Node::remove);
    return body;
  }

  /** {@code body} without the blocks whose names say they are chrome (the first try at choosing). */
  static Element withoutUnlikely(Element body) {
    Element strict = body.clone();
    strict.getAllElements().stream().filter(ClassHints::unlikely).toList().forEach(Node::remove);
    return strict;
  }

  /**
   * The story's block, chosen by {@link ContentScorer} after blocks named like chrome are dropped, and cleaned by
   * {@link ContentCleaner}; when that leaves too little text (the story's own block was named like chrome), the
   * choice is made again with those blocks kept, and the longer result wins.
   */
  private static Element content(Element body) {
    Element first = chosen(withoutUnlikely(body));
    if (first.text().length() >= MIN_CONTENT) {
      return first;
    }
    Element second = chosen(body);
    return second.text().length() > first.text().length() ? second : first;
  }

  private static Element chosen(Element body) {
    List<Element> blocks = ContentScorer.content(body);
    if (blocks.isEmpty()) {
      return articleRoot(body);
    }
    Element content = new Element("div");
    blocks.forEach(content::appendChild);
    ContentCleaner.clean(content);
    return content;
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

  /** On a small page: the largest {@code <article>}, else the first {@code <main>} with text, else the body. */
  private static Element articleRoot(Element body) {
    Elements articles = body.select("article");
    if (!articles.isEmpty()) {
      return articles.stream().max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
    }
    return body.select("main").stream().filter(Element::hasText).findFirst().orElse(body);
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
