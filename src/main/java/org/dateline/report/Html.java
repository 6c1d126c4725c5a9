package org.dateline.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Small HTML and SVG builders; every piece of data passes through {@link #esc}. */
final class Html {

  private Html() {
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A table with a caption and column headers; cells are HTML already escaped by the caller. */
  static String table(String caption, List<String> headers, List<List<String>> rows) {
    StringBuilder b = new StringBuilder("<table><caption>").append(esc(caption)).append("</caption><thead><tr>");
    for (String h : headers) {
      b.append("<th scope=\"col\">").append(esc(h)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      b.append("<tr>");
      for (String cell : row) {
        b.append("<td>").append(cell).append("</td>");
      }
      b.append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  /**
   * A horizontal bar chart as inline SVG, one bar per entry in the map's order. One dark fill and the value written
   * beside each bar, so it reads the same printed in grayscale.
   */
  static String bars(String title, Map<String, Long> values) {
    long max = values.values().stream().mapToLong(Long::longValue).max().orElse(1);
    int row = 18;
    int height = row * values.size() + 4;
    StringBuilder b = new StringBuilder("<figure><svg role=\"img\" width=\"640\" height=\"" + height
        + "\" viewBox=\"0 0 640 " + height + "\" aria-label=\"" + esc(title) + "\"><title>" + esc(title)
        + "</title>");
    int y = 2;
    for (Map.Entry<String, Long> e : values.entrySet()) {
      long w = Math.max(1, Math.round(380.0 * e.getValue() / Math.max(1, max)));
      b.append("<text x=\"190\" y=\"").append(y + 13).append("\" text-anchor=\"end\">").append(esc(clip(e.getKey())))
          .append("</text><rect x=\"196\" y=\"").append(y + 2).append("\" width=\"").append(w)
          .append("\" height=\"13\" class=\"bar\"/><text x=\"").append(200 + w).append("\" y=\"").append(y + 13)
          .append("\">").append(e.getValue()).append("</text>");
      y += row;
    }
    return b.append("</svg><figcaption>").append(esc(title)).append("</figcaption></figure>").toString();
  }

  private static String clip(String s) {
    return s.length() <= 30 ? s : s.substring(0, 29) + "…";
  }

  /** {@code s} as a value in an address fragment, as the page's decodeURIComponent reads it back. */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String section(String id, String title, String body) {
    return "<section id=\"" + id + "\" aria-labelledby=\"h-" + id + "\"><h2 id=\"h-" + id + "\">" + esc(title)
        + "</h2>" + body + "</section>\n";
  }

  static String link(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }
}
