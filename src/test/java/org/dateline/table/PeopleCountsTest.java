package org.dateline.table;

import java.util.List;
import java.util.Set;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gender cells: people and sources by gender in articles.csv, speaker_gender in quotes.csv. No models. */
class PeopleCountsTest {

  private static Entity person(String id, String gender) {
    return new Entity(id, "PERSON:" + id, "PERSON", "", "P " + id, "", 1, 0, List.of(), Set.of(Section.BODY))
        .withGender(gender, gender.isEmpty() ? "" : "pronoun");
  }

  private static Quote quote(String id, String speaker) {
    return new Quote(id, Quote.DIRECT, 0, 4, new Quote.Speaker("x", 0, 1, speaker, "", speaker.isEmpty() ? "" : "PERSON"),
        Quote.Cue.NONE, "", 0, Section.BODY);
  }

  @Test
  void peopleAndSourcesAreCountedOncePerPersonByGender() {
    Article a = new Article("a1", "in", "T", "text of the article", "2026-01-30", "input", "", "");
    Entity org = new Entity("e5", "ORGANIZATION:x", "ORGANIZATION", "", "X", "", 1, 0, List.of(), Set.of());
    EntityTable table = new EntityTable(List.of(), List.of(person("e1", "female"), person("e2", "male"),
        person("e3", ""), person("e4", "female"), org));
    List<Quote> quotes = List.of(quote("q1", "e1"), quote("q2", "e1"), quote("q3", "e3"), quote("q4", "e5"),
        quote("q5", ""));
    ArticleResult r = new ArticleResult(a, List.of(), "", 1, 4, table, quotes, List.of(), 0);
    List<String> row = TableCells.article(r, false);
    Table t = Table.ARTICLES;
    assertEquals(List.of("2", "1", "1", "1", "0", "1"), List.of(row.get(t.indexOf("people_female")),
        row.get(t.indexOf("people_male")), row.get(t.indexOf("people_unknown")), row.get(t.indexOf("sources_female")),
        row.get(t.indexOf("sources_male")), row.get(t.indexOf("sources_unknown"))));
    List<List<String>> rows = TableCells.quotes(r);
    int g = Table.QUOTES.indexOf("speaker_gender");
    assertEquals(List.of("female", "female", "", "", ""), rows.stream().map(q -> q.get(g)).toList());
    int e = Table.ENTITIES.indexOf("gender_source");
    assertEquals("pronoun", TableCells.entities(r).get(0).get(e));
  }
}
