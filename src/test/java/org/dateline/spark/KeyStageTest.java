package org.dateline.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
import org.dateline.identity.AliasTable;
import org.dateline.output.TableWriters;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Spark job resolves keys as the CLI does: the same hand-built article results, written by the CLI's
 * {@link TableWriters} and by the job's {@link KeyStage}, {@link Tables} and {@link CorpusStage}, give the same
 * entities, quotes, events and corpus rows (no models: the results are made by hand).
 */
class KeyStageTest {

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("key-test").config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theJobResolvesKeysAsTheCliDoes() {
    List<ArticleResult> results = List.of(article(1, "Volodymyr Zelenskyy", "Putin"),
        article(2, "Zelensky", "Vladimir Putin"), article(3, "Joe Biden", "Biden"),
        article(4, "Hunter Biden", "Trump"), article(5, "Alpha Beta Corporation", "ABC"), article(6, "ABC", "Trump"));
    try (TableWriters w = new TableWriters(dir, false)) {
      results.forEach(w::write);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      rows.add(ResultRows.of(0, i, results.get(i), false));
    }
    var keyed = KeyStage.of(spark, spark.createDataFrame(rows, ResultRows.SCHEMA), AliasTable.load("", List.of()));
    for (Table t : List.of(Table.ENTITIES, Table.QUOTES, Table.EVENTS)) {
      assertEquals(cli(t), cells(Tables.of(keyed, t).collectAsList()), t.fileName());
    }
    assertEquals(cli(Table.CORPUS_ENTITIES), cells(CorpusStage.of(keyed).collectAsList()));
    assertEquals("PERSON:volodymyr zelenskyy", cli(Table.QUOTES).get(1).get(Table.QUOTES.indexOf("speaker_key")));
    assertEquals("PERSON:biden", cli(Table.EVENTS).get(2).get(Table.EVENTS.indexOf("target_key")),
        "two Bidens: the bare surname stays unresolved");
    assertEquals("PERSON:alpha beta corporation", cli(Table.EVENTS).get(4).get(Table.EVENTS.indexOf("target_key")),
        "the acronym its article defines");
    assertEquals("PERSON:abc", cli(Table.QUOTES).get(5).get(Table.QUOTES.indexOf("speaker_key")),
        "an acronym its article does not define stays its own key");
  }

  private List<List<String>> cli(Table t) {
    try (TableReader r = TableReader.open(dir, t)) {
      return r.rest().stream().map(TableRow::cells).toList();
    }
  }

  private static List<List<String>> cells(List<Row> rows) {
    List<List<String>> all = new ArrayList<>();
    for (Row r : rows) {
      List<String> c = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        c.add(r.getString(i));
      }
      all.add(c);
    }
    return all;
  }

  /** Article {@code n}: {@code speaker} is quoted and acts on {@code target}. */
  private static ArticleResult article(int n, String speaker, String target) {
    String text = speaker + " said \"we meet\" and met " + target + ".";
    Article a = new Article("art-" + n, "in.jsonl:" + n, "", text, "2026-01-30", "input", "", "");
    int t = text.indexOf(target, speaker.length());
    List<Mention> mentions = List.of(
        new Mention("m1", "e1", speaker, "PERSON", "", "", "name", 0, speaker.length(), 0, Section.BODY),
        new Mention("m2", "e2", target, "PERSON", "", "", "name", t, t + target.length(), 0, Section.BODY));
    List<Entity> entities = List.of(entity("e1", speaker, 0), entity("e2", target, t));
    Quote q = new Quote("q1", Quote.DIRECT, speaker.length() + 6, speaker.length() + 15,
        new Quote.Speaker(speaker, 0, speaker.length(), "e1", speaker, "PERSON"), Quote.Cue.NONE, Quote.SYNTAX, 0,
        Section.BODY);
    Event e = new Event("v1", 0, "met", "meet", t - 4, t - 1, new Coding("036", "03", "CONSULT", 1, 4.0),
        new Participant(speaker, 0, "e1", speaker, ""), new Participant(target, 0, "e2", target, ""),
        Participant.NONE, "", "", "", false, "", "", "test", Section.BODY, text);
    return new ArticleResult(a, List.of(), "", 1, 10, new EntityTable(mentions, entities), List.of(q), List.of(e),
        5);
  }

  private static Entity entity(String id, String name, int start) {
    return new Entity(id, "PERSON:" + name.toLowerCase(), "PERSON", "", name, "", 1, start, List.of(),
        Set.of(Section.BODY));
  }
}
