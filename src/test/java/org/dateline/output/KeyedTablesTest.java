package org.dateline.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Coding;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Event;
import org.dateline.doc.Mention;
import org.dateline.doc.Participant;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published tables carry the resolved key in every column that names an entity. */
class KeyedTablesTest {

  @TempDir
  Path dir;

  /** Article {@code n}: {@code speaker} is quoted and acts on {@code target}. */
  private static ArticleResult article(int n, String speaker, String target) {
    String text = speaker + " said \"we meet\" and met " + target + ".";
    Article a = new Article("art-" + n, "in.jsonl:" + n, "", text, "2026-01-30", "input", "", "");
    int t = text.indexOf(target);
    List<Mention> mentions = List.of(
        new Mention("m1", "e1", speaker, "PERSON", "", "", "name", 0, speaker.length(), 0, Section.BODY),
        new Mention("m2", "e2", target, "PERSON", "", "", "name", t, t + target.length(), 0, Section.BODY));
    List<Entity> entities = List.of(entity("e1", speaker, 0), entity("e2", target, t));
    Quote q = new Quote("q1", Quote.DIRECT, speaker.length() + 6, speaker.length() + 15,
        new Quote.Speaker(speaker, 0, speaker.length(), "e1", speaker, "PERSON"), Quote.Cue.NONE, Quote.SYNTAX, 0,
        Section.BODY);
    Participant none = Participant.NONE;
    Event e = new Event("v1", 0, "met", "meet", t - 4, t - 1, new Coding("036", "03", "CONSULT", 1, 4.0),
        new Participant(speaker, 0, "e1", speaker, ""), new Participant(target, 0, "e2", target, ""), none, "", "",
        "", false, "", "", "test", Section.BODY, text);
    return new ArticleResult(a, List.of(), "", 1, 10, new EntityTable(mentions, entities), List.of(q), List.of(e),
        5);
  }

  private static Entity entity(String id, String name, int start) {
    return new Entity(id, "PERSON:" + name.toLowerCase(), "PERSON", "", name, "", 1, start, List.of(),
        Set.of(Section.BODY));
  }

  @Test
  void quotesAndEventsCarryTheResolvedKeyOfTheirEntities() throws IOException {
    try (TableWriters w = new TableWriters(dir, false)) {
      w.write(article(1, "Volodymyr Zelenskyy", "Vladimir Putin"));
      w.write(article(2, "Zelensky", "Putin"));
    }
    for (TableRow q : rows(Table.QUOTES)) {
      assertEquals("PERSON:volodymyr zelenskyy", q.get("speaker_key"), q.toString());
    }
    for (TableRow e : rows(Table.EVENTS)) {
      assertEquals("PERSON:volodymyr zelenskyy", e.get("actor_key"));
      assertEquals("PERSON:vladimir putin", e.get("target_key"));
    }
    assertEquals(List.of("PERSON:volodymyr zelenskyy", "PERSON:vladimir putin", "PERSON:volodymyr zelenskyy",
        "PERSON:vladimir putin"), rows(Table.ENTITIES).stream().map(r -> r.get("entity_key")).toList());
    List<TableRow> corpus = rows(Table.CORPUS_ENTITIES);
    assertEquals(2, corpus.size());
    for (TableRow c : corpus) {
      assertEquals("2", c.get("articles"));
    }
    assertEquals("2", corpus.stream().filter(c -> c.get("entity_key").equals("PERSON:volodymyr zelenskyy"))
        .findFirst().orElseThrow().get("quotes"));
  }

  @Test
  void anAcronymJoinsTheNameItsOwnArticleSpellsOutAndNoOther() throws IOException {
    try (TableWriters w = new TableWriters(dir, false)) {
      w.write(article(1, "Alpha Beta Corporation", "ABC"));
      w.write(article(2, "ABC", "Vladimir Putin"));
    }
    assertEquals(List.of("PERSON:alpha beta corporation", "PERSON:alpha beta corporation", "PERSON:abc",
        "PERSON:vladimir putin"), rows(Table.ENTITIES).stream().map(r -> r.get("entity_key")).toList());
    assertEquals("PERSON:abc", rows(Table.QUOTES).get(1).get("speaker_key"));
  }

  @Test
  void twoEntitiesOfOneResolvedKeyInAnArticleCountItOnce() throws IOException {
    try (TableWriters w = new TableWriters(dir, false)) {
      w.write(article(1, "Donald John Trump", "Trump"));
    }
    List<TableRow> corpus = rows(Table.CORPUS_ENTITIES);
    assertEquals(1, corpus.size());
    assertEquals("1", corpus.get(0).get("articles"));
    assertEquals("PERSON:donald john trump", rows(Table.EVENTS).get(0).get("target_key"));
  }

  private List<TableRow> rows(Table t) {
    try (TableReader r = TableReader.open(dir, t)) {
      return r.rest();
    }
  }
}
