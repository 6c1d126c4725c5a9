package org.dateline.input;

import org.jsoup.nodes.Element;

/** The share of a block's text that is link text: near 1 for menus and teaser lists, near 0 for prose. */
final class LinkDensity {

  private LinkDensity() {
  }

  static double of(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    double links = 0;
    for (Element a : e.select("a")) {
      // An in-page link (#footnote) is part of the prose more often than navigation away from it.
      links += a.text().length() * (a.attr("href").startsWith("#") ? 0.3 : 1.0);
    }
    return Math.min(1, links / length);
  }
}
