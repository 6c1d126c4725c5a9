package org.dateline.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * The quote browser: the run's first {@link #LIMIT} quotes with speaker, kind and article, filtered in the page by
 * speaker and by a search box (the small inline script of {@link Page}). Counting goes on over every quote.
 */
final class QuoteSection {

  static final int LIMIT = 1000;

  private QuoteSection() {
  }

  static String render(Path dir, ArticleIndex index) {
    List<List<String>> rows = new ArrayList<>();
    Map<String, Integer> speakers = new TreeMap<>();
    long total = 0;
    try (TableReader r = TableReader.open(dir, Table.QUOTES)) {
      while (r.hasNext()) {
        TableRow q = r.next();
        total++;
        if (rows.size() >= LIMIT) {
          continue;
        }
        String who = q.get("speaker_name").isEmpty() ? q.get("speaker") : q.get("speaker_name");
        speakers.merge(who, 1, Integer::sum);
        rows.add(List.of(Html.esc(q.get("quote_text")), Html.esc(who), Html.esc(q.get("kind")),
            index.link(q.articleId())));
      }
    }
    if (total == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder("<p>").append(total).append(" quotes in all");
    b.append(total > LIMIT ? "; the first " + LIMIT + " are listed here." : ".").append("</p>");
    b.append("<form class=\"filters\" onsubmit=\"return false\"><label>Search <input id=\"quote-search\" "
        + "type=\"search\"></label> <label>Speaker <select id=\"quote-speaker\"><option value=\"\">anyone</option>");
    speakers.forEach((name, n) -> b.append("<option value=\"").append(Html.esc(name)).append("\">")
        .append(Html.esc(name.isEmpty() ? "(unknown)" : name)).append(" (").append(n).append(")</option>"));
    b.append("</select></label> <output id=\"quote-shown\">").append(rows.size()).append("</output> shown</form>");
    String table = Html.table("Quotes", List.of("quote", "speaker", "kind", "article"), rows);
    // Each row carries its speaker for the filter; the speaker cell is the second.
    b.append(table.replace("<tbody><tr>", "<tbody id=\"quote-rows\"><tr>"));
    return b.toString();
  }
}
