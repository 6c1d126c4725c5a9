package org.dateline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text with marked spans (mentions, quotes, speakers, event triggers) as HTML. Spans may overlap or
 * nest (a name inside a quote): the text is cut at every span boundary and each piece opens and closes the spans
 * that cover it, so the markup is always well nested. Offsets are code points, as the tables count them.
 */
final class Highlighter {

  /** One marked span: [start, end) in code points, a CSS class and a tooltip. */
  record Mark(int start, int end, String cssClass, String title) {
  }

  private final List<Mark> marks = new ArrayList<>();

  void add(int start, int end, String cssClass, String title) {
    if (start >= 0 && end > start) {
      marks.add(new Mark(start, end, cssClass, title));
    }
  }

  String render(String text) {
    int[] cps = text.codePoints().toArray();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, cps.length));
    for (Mark m : marks) {
      cuts.add(Math.min(m.start(), cps.length));
      cuts.add(Math.min(m.end(), cps.length));
    }
    StringBuilder b = new StringBuilder();
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      List<Mark> covering = new ArrayList<>();
      for (Mark m : marks) {
        if (m.start() <= from && m.end() >= to) {
          covering.add(m);
        }
      }
      for (Mark m : covering) {
        b.append("<span class=\"").append(m.cssClass()).append("\" title=\"").append(Html.esc(m.title()))
            .append("\">");
      }
      b.append(Html.esc(new String(cps, from, to - from)));
      b.append("</span>".repeat(covering.size()));
    }
    return b.toString();
  }
}
