package org.dateline.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Pulls the readable article out of a news web page. Paragraph breaks are kept because the later stages
 * (segmenting headline/byline/body, sentence splitting) rely on them; navigation and other page chrome are
 * dropped because they would otherwise produce spurious people and places.
 */
public final class HtmlArticleExtractor {

  /** Never article text. A {@code header} is also chrome, unless it belongs to an article (headline, byline). */
  private static final String CHROME = "script, style, noscript, template, iframe, svg, nav, aside, form, footer, "
      + "button, select";
  /** Elements that start and end a paragraph; a div holding text directly becomes its own paragraph this way. */
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
      "figcaption", "div", "section", "article", "main", "header", "ul", "ol", "dl", "dt", "dd", "pre", "table",
      "tr", "td", "th", "caption", "figure", "address", "hr", "details", "summary", "body");

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
    return new HtmlPage(title(page), paragraphs(root), published, url(page));
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
      return clean(og);
    }
    if (!page.title().isBlank()) {
      return clean(page.title());
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null ? "" : clean(h1.text());
  }

  private static String url(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").trim();
    }
    return HtmlDateFinder.meta(page, "og:url").trim();
  }

  /** Walks the tree, closing a paragraph at every block boundary; {@code <br>} becomes a line break. */
  private static String paragraphs(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          // Source newlines are just whitespace; only <br> breaks a line.
          current.append(collapse(text.getWholeText()));
        } else if (node instanceof Element element) {
          if (element.normalName().equals("br")) {
            current.append('\n');
          } else if (BLOCKS.contains(element.normalName())) {
            flush(current, paragraphs);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          flush(current, paragraphs);
        }
      }
    }, root);
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    List<String> lines = current.toString().lines().map(HtmlArticleExtractor::clean).filter(s -> !s.isEmpty())
        .toList();
    current.setLength(0);
    if (!lines.isEmpty()) {
      paragraphs.add(String.join("\n", lines));
    }
  }

  /** HTML whitespace (including no-break spaces) collapses to one space, as a browser would show it. */
  private static String clean(String s) {
    return collapse(s).trim();
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
  }
}
