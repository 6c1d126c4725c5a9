package org.dateline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.article.Article;
import org.dateline.article.Section;
import org.dateline.entities.Entity;
import org.dateline.entities.Mention;
import org.dateline.quotes.Quote;
import org.dateline.run.ArticleResult;

/**
 * Writes every table of a run. Rows of an article are written when it finishes, in input order; the corpus
 * table is written on close. For HTML input the extracted text that offsets refer to goes to {@code texts/}.
 */
public final class TableWriters implements AutoCloseable {

  private final Path dir;
  private final boolean timings;
  private final Map<TableFormat, CsvTable> tables = new EnumMap<>(TableFormat.class);
  private final CorpusEntities corpus = new CorpusEntities();

  public TableWriters(Path dir, boolean timings) {
    this.dir = dir;
    this.timings = timings;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + dir, e);
    }
    for (TableFormat f : TableFormat.values()) {
      tables.put(f, new CsvTable(dir, f));
    }
  }

  public void write(ArticleResult r) {
    Article a = r.article();
    CodePoints cp = new CodePoints(a.text());
    tables.get(TableFormat.ARTICLES).row(a.id(), a.source(), a.title(), a.published(), a.dateSource(),
        r.ok() ? "ok" : "failed", r.error(), r.sentences(), r.tokens(), r.entities().entities().size(), r.quotes().size(), 0,
        timings ? Long.toString(r.millis()) : "");
    for (Mention m : r.entities().mentions()) {
      tables.get(TableFormat.MENTIONS).row(a.id(), m.mentionId(), m.entityId(), m.text(), m.type(), m.subtype(),
          m.normalized(), m.kind(), cp.of(m.start()), cp.of(m.end()), m.sentence(), m.section().label());
    }
    for (Entity e : r.entities().entities()) {
      tables.get(TableFormat.ENTITIES).row(a.id(), e.entityId(), e.key(), e.type(), e.subtype(), e.name(),
          e.normalized(), e.mentions(), cp.of(e.firstStart()), String.join(TableFormat.LIST_SEPARATOR, e.aliases()),
          e.sections().stream().sorted().map(Section::label).collect(Collectors.joining(TableFormat.LIST_SEPARATOR)));
    }
    for (Quote q : r.quotes()) {
      writeQuote(a, cp, q);
    }
    corpus.add(r.entities().entities(), r.quotes());
    if (isHtml(a.source())) {
      writeText(a);
    }
  }

  /** Offsets of -1 (no speaker, no cue) are written as empty cells. */
  private void writeQuote(Article a, CodePoints cp, Quote q) {
    Quote.Speaker s = q.speaker();
    Quote.Cue c = q.cue();
    tables.get(TableFormat.QUOTES).row(a.id(), q.quoteId(), q.kind(), a.text().substring(q.start(), q.end()),
        cp.of(q.start()), cp.of(q.end()), s.text(), offset(cp, s.start()), offset(cp, s.end()), s.entityId(),
        s.name(), s.type(), c.lemma(), offset(cp, c.start()), offset(cp, c.end()), q.attribution(), q.sentence(),
        q.section().label());
  }

  private static String offset(CodePoints cp, int charOffset) {
    return charOffset < 0 ? "" : Integer.toString(cp.of(charOffset));
  }

  private static boolean isHtml(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.endsWith(".html") || s.endsWith(".htm");
  }

  private void writeText(Article a) {
    Path file = dir.resolve("texts").resolve(a.id().replaceAll("[^\\p{L}\\p{N}._/-]", "_") + ".txt").normalize();
    if (!file.startsWith(dir.resolve("texts"))) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, a.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public void flush() {
    tables.values().forEach(CsvTable::flush);
  }

  @Override
  public void close() {
    corpus.writeTo(tables.get(TableFormat.CORPUS_ENTITIES));
    tables.values().forEach(CsvTable::close);
  }
}
