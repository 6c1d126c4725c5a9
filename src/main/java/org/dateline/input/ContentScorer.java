package org.dateline.input;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the block that holds the story, the way Readability.js decides (its code is public; this is our own):
 * every paragraph of real prose scores for its parent (fully), grandparent (half) and further ancestors (less), by
 * its length and commas; a block's score starts from its tag and {@link ClassHints} and is scaled down by its link
 * density (menus and teaser lists are mostly links). The best block wins, and its siblings that score nearly as
 * well or are prose paragraphs themselves are taken with it (stories split over several containers).
 */
final class ContentScorer {

  /** A paragraph shorter than this is a label, a button or a caption, not prose. */
  private static final int MIN_PARAGRAPH = 25;
  private static final Set<String> SCORED = Set.of("p", "pre", "td");
  /** Children that make a div a container rather than a paragraph of its own. */
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main");
  private static final Set<String> BLOCK_CHILDREN = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
      "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "tr", "form",
      "header", "main", "aside", "nav", "iframe", "hr", "dd", "dt");

  private final Map<Element, Double> scores = new IdentityHashMap<>();

  /** The elements that hold the story, in page order (the best block and the siblings that belong to it). */
  static List<Element> content(Element body) {
    return new ContentScorer().select(body);
  }

  /** Every scored block with its final score (for tuning). */
  static Map<Element, Double> scores(Element body) {
    ContentScorer scorer = new ContentScorer();
    scorer.select(body);
    return scorer.scores;
  }

  private List<Element> select(Element body) {
    for (Element e : body.getAllElements()) {
      if (SCORED.contains(e.normalName())) {
        score(e.text(), e.parent());
      } else if (CONTAINERS.contains(e.normalName())) {
        scoreRuns(e);
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - LinkDensity.of(entry.getKey()));
      entry.setValue(s);
      if (top == null || s > best) {
        top = entry.getKey();
        best = s;
      }
    }
    if (top == null) {
      return List.of();
    }
    BlockChoice choice = new BlockChoice(scores);
    top = choice.climb(top, best);
    return choice.withSiblings(top, scores.getOrDefault(top, best));
  }

  /**
   * Text that sits in a container directly (text and inline elements between its blocks and line breaks) is a
   * paragraph in all but name: many pages write their story as text and {@code <br>}s in a div.
   */
  private void scoreRuns(Element container) {
    StringBuilder run = new StringBuilder();
    for (Node child : container.childNodes()) {
      if (child instanceof TextNode t) {
        run.append(t.text());
      } else if (child instanceof Element e) {
        if (BLOCK_CHILDREN.contains(e.normalName()) || e.normalName().equals("br")) {
          score(run.toString().trim(), container);
          run.setLength(0);
        } else {
          run.append(' ').append(e.text()).append(' ');
        }
      }
    }
    score(run.toString().trim(), container);
  }

  private void score(String text, Element parent) {
    if (text.length() < MIN_PARAGRAPH) {
      return;
    }
    double points = 1 + text.split("[,，、]", -1).length - 1 + Math.min(text.length() / 100, 3);
    Element ancestor = parent;
    for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
      if (ancestor.parent() == null) {
        break;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.putIfAbsent(ancestor, initial(ancestor));
      scores.merge(ancestor, points / divider, Double::sum);
    }
  }

  /** A block's starting score: its tag (divs hold prose, lists and headings rarely) and its names. */
  private static double initial(Element e) {
    double base = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return base + ClassHints.weight(e);
  }
}
