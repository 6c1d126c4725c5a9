package org.dateline.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * The articles the report shows in full: the first {@code limit} of articles.csv. Every other section links an
 * article id here when the article has a view, and prints the bare id otherwise.
 */
final class ArticleIndex {

  private final Map<String, Integer> anchors = new LinkedHashMap<>();
  private final List<TableRow> rows = new ArrayList<>();

  static ArticleIndex firstOf(Path dir, int limit) {
    ArticleIndex index = new ArticleIndex();
    try (TableReader r = TableReader.open(dir, Table.ARTICLES)) {
      while (r.hasNext() && index.rows.size() < limit) {
        TableRow row = r.next();
        index.anchors.putIfAbsent(row.articleId(), index.rows.size() + 1);
        index.rows.add(row);
      }
    }
    return index;
  }

  List<TableRow> rows() {
    return rows;
  }

  static String anchor(int n) {
    return "art-" + n;
  }

  /** The article id as a link to its view when it has one, else as text. */
  String link(String articleId) {
    Integer n = anchors.get(articleId);
    return n == null ? Html.esc(articleId) : Html.link("#" + anchor(n), articleId);
  }
}
