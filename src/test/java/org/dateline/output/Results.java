package org.dateline.output;

import java.util.List;
import java.util.Set;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;

/** Hand-built article results for table tests: no models needed. */
final class Results {

  private Results() {
  }

  /** Article {@code n} naming one person whose name and alias are {@code name}. */
  static ArticleResult naming(int n, String name) {
    String text = name + " spoke on day " + n + ".";
    Article a = new Article("art-" + n, "in.jsonl:" + n, "Title " + n, text, "2026-01-30", "input", "", "");
    Mention m = new Mention("m1", "e1", name, "PERSON", "", "", "name", 0, name.length(), 0, Section.BODY);
    Entity e = new Entity("e1", "PERSON:" + name.toLowerCase(), "PERSON", "", name, "", 1, 0, List.of(name),
        Set.of(Section.BODY));
    return new ArticleResult(a, List.of(), "", 1, 5, new EntityTable(List.of(m), List.of(e)), List.of(),
        List.of(), 7);
  }

  static ArticleResult failed(int n) {
    return ArticleResult.failed(Article.unreadable("bad-" + n, "in.jsonl:" + n, "malformed JSON on line " + n), 
        "malformed JSON on line " + n, 0);
  }
}
