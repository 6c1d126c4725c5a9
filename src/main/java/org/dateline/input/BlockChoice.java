package org.dateline.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * From the best-scored block to the story's blocks ({@link ContentScorer} scores them): up to the ancestor that
 * holds the story's parts, then with the siblings that belong to it.
 */
final class BlockChoice {

  /** A block scoring at least this share of the best one may be another part of the story. */
  private static final double JOIN_SHARE = 0.75;
  /** Two parts join when their common ancestor holds at most this much more text than both together. */
  private static final double JOIN_SLACK = 1.15;

  private final Map<Element, Double> scores;

  BlockChoice(Map<Element, Double> scores) {
    this.scores = scores;
  }

  /**
   * Moves from the best block to an ancestor when several other high scorers share it (the story's paragraphs
   * split over sibling containers), and past wrappers that are only children.
   */
  Element climb(Element top, double best) {
    List<Element> close = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getKey() != top && entry.getValue() >= best * 0.75) {
        close.add(entry.getKey());
      }
    }
    if (close.size() >= 3) {
      for (Element parent = top.parent(); parent != null && parent.parent() != null; parent = parent.parent()) {
        int holding = 0;
        for (Element other : close) {
          if (isAncestor(parent, other)) {
            holding++;
          }
        }
        if (holding >= 3) {
          top = parent;
          break;
        }
      }
    }
    top = joinParts(top, best);
    while (top.parent() != null && top.parent().parent() != null && top.parent().children().size() == 1) {
      top = top.parent();
    }
    return top;
  }

  /**
   * A story the page split into several containers (one per chunk between ads): another block that scores nearly
   * as well and lies apart from the best one joins it, through their nearest common ancestor, when that ancestor
   * holds little else than the two.
   */
  private Element joinParts(Element top, double best) {
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
    for (Map.Entry<Element, Double> entry : ranked) {
      Element other = entry.getKey();
      if (entry.getValue() < best * JOIN_SHARE) {
        break;
      }
      if (other == top || isAncestor(top, other) || isAncestor(other, top)) {
        continue;
      }
      Element common = other.parent();
      while (common != null && !isAncestor(common, top)) {
        common = common.parent();
      }
      if (common != null && common.parent() != null
          && common.text().length() <= JOIN_SLACK * (top.text().length() + other.text().length())) {
        top = common;
      }
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The best block and its siblings that score at least a fifth of it or are prose paragraphs on their own. */
  List<Element> withSiblings(Element top, double topScore) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> kept = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        kept.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        kept.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        double links = LinkDensity.of(sibling);
        if (text.length() > 80 && links < 0.25
            || !text.isEmpty() && text.length() <= 80 && links == 0 && text.matches("(?s).*\\.( .*|$)")) {
          kept.add(sibling);
        }
      }
    }
    return kept;
  }
}
