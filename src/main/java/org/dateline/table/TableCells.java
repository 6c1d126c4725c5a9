package org.dateline.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.doc.Event;
import org.dateline.doc.Mention;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;

/**
 * The cells of every row an article's result gives, in the column order of {@link Table}, exactly as the
 * tables hold them: offsets in code points, lists joined, a missing value an empty string (never null). The one
 * definition of a row, used by the CLI's writers and by the Spark job, so both write the same tables.
 */
public final class TableCells {

  private TableCells() {
  }

  /**
   * The rows {@code table} gets from one article, in order: one row of articles.csv, any number of the other
   * per-article tables. corpus_entities is counted across articles ({@code output.CorpusEntities}), not here.
   */
  public static List<List<String>> rows(Table table, ArticleResult r, boolean timings) {
    return switch (table) {
      case ARTICLES -> List.of(article(r, timings));
      case MENTIONS -> mentions(r);
      case ENTITIES -> entities(r);
      case QUOTES -> quotes(r);
      case EVENTS -> events(r);
      case CORPUS_ENTITIES -> throw new IllegalArgumentException("corpus_entities has no per-article rows");
    };
  }

  /** The articles.csv row; {@code millis} stays empty without timings, so repeated runs are byte-identical. */
  public static List<String> article(ArticleResult r, boolean timings) {
    Article a = r.article();
    return cells(a.id(), a.source(), a.title(), a.published(), a.dateSource(), r.ok() ? "ok" : "failed", r.error(),
        a.warning(), r.sentences(), r.tokens(), r.entities().entities().size(), r.quotes().size(), r.events().size(),
        timings ? Long.toString(r.millis()) : "", a.url(), String.join(Table.LIST_SEPARATOR, a.authors()),
        Outlet.of(a), PeopleCounts.people(r, Entity.FEMALE), PeopleCounts.people(r, Entity.MALE),
        PeopleCounts.people(r, ""), PeopleCounts.sources(r, Entity.FEMALE), PeopleCounts.sources(r, Entity.MALE),
        PeopleCounts.sources(r, ""));
  }

  public static List<List<String>> mentions(ArticleResult r) {
    String id = r.article().id();
    CodePoints cp = new CodePoints(r.article().text());
    List<List<String>> rows = new ArrayList<>();
    for (Mention m : r.entities().mentions()) {
      rows.add(cells(id, m.mentionId(), m.entityId(), m.text(), m.type(), m.subtype(), m.normalized(), m.kind(),
          cp.of(m.start()), cp.of(m.end()), m.sentence(), m.section().label()));
    }
    return rows;
  }

  public static List<List<String>> entities(ArticleResult r) {
    String id = r.article().id();
    CodePoints cp = new CodePoints(r.article().text());
    List<List<String>> rows = new ArrayList<>();
    for (Entity e : r.entities().entities()) {
      List<String> row = cells(id, e.entityId(), e.key(), e.type(), e.subtype(), e.name(), e.normalized(),
          e.mentions(), cp.of(e.firstStart()), String.join(Table.LIST_SEPARATOR, e.aliases()),
          e.sections().stream().sorted().map(Section::label).collect(Collectors.joining(Table.LIST_SEPARATOR)),
          e.gender(), e.genderSource());
      row.addAll(GeoCells.of(r.entities().geo().of(e.entityId())));
      row.add(e.actorCode());
      rows.add(row);
    }
    return rows;
  }

  /** Offsets of -1 (no speaker, no cue) are empty cells. */
  public static List<List<String>> quotes(ArticleResult r) {
    Article a = r.article();
    CodePoints cp = new CodePoints(a.text());
    List<List<String>> rows = new ArrayList<>();
    for (Quote q : r.quotes()) {
      Quote.Speaker s = q.speaker();
      Quote.Cue c = q.cue();
      rows.add(cells(a.id(), q.quoteId(), q.kind(), a.text().substring(q.start(), q.end()), cp.of(q.start()),
          cp.of(q.end()), s.text(), offset(cp, s.start()), offset(cp, s.end()), s.entityId(), s.name(), s.type(),
          c.lemma(), offset(cp, c.start()), offset(cp, c.end()), q.attribution(), q.sentence(), q.section().label(),
          PeopleCounts.speakerGender(r, q), keyOf(r, s.entityId())));
    }
    return rows;
  }

  public static List<List<String>> events(ArticleResult r) {
    CodePoints cp = new CodePoints(r.article().text());
    List<List<String>> rows = new ArrayList<>();
    for (Event e : r.events()) {
      List<String> row = EventRows.cells(r.article().id(), e, cp, r.entities().geo());
      row.add(keyOf(r, e.actor().entityId()));
      row.add(keyOf(r, e.target().entityId()));
      row.add(e.act());
      rows.add(row);
    }
    return rows;
  }

  /**
   * The article's key of entity {@code entityId}, empty for none: what speaker_key, actor_key and target_key hold
   * until the run resolves keys across the corpus ({@code identity.KeyResolver}).
   */
  static String keyOf(ArticleResult r, String entityId) {
    return entityId.isEmpty() ? "" : r.entities().entity(entityId).map(Entity::key).orElse("");
  }

  /** Every value as its text; null as an empty cell, as a CSV printer writes it. */
  public static List<String> cells(Object... values) {
    List<String> cells = new ArrayList<>(values.length);
    for (Object v : values) {
      cells.add(v == null ? "" : v.toString());
    }
    return cells;
  }

  private static String offset(CodePoints cp, int charOffset) {
    return charOffset < 0 ? "" : Integer.toString(cp.of(charOffset));
  }
}
