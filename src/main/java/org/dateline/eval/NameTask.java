package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dateline.config.Extraction;
import org.dateline.corenlp.PlainCoreNlp;
import org.dateline.doc.Article;
import org.dateline.input.PublicationDateResolver;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * Names (exact-span PER/LOC/ORG, format of ner-dev) or time expressions (TempEval-3, format of timex-dev), scored
 * on mentions.csv. Only name mentions count for NER: a linked "the president" is not a named entity.
 */
final class NameTask implements EvalTask {

  private static final Set<String> NAME_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

  private final boolean ner;
  private final Path gold;
  private final int limit;

  /** @param ner names ({@code eval ner}) rather than time expressions ({@code eval timex}) */
  NameTask(boolean ner, Path gold, int limit) {
    this.ner = ner;
    this.gold = gold;
    this.limit = limit;
  }

  @Override
  public Set<Extraction> needs() {
    return Set.of(Extraction.ENTITIES);
  }

  /** Each document's creation date, when the gold has one, is its publication date. */
  @Override
  public List<Article> articles() {
    PublicationDateResolver dates = new PublicationDateResolver(null);
    return documents().stream().map(d -> dates.resolve(new Article(d.id(), gold.getFileName() + ":" + d.id(), "",
        d.text(), d.dct(), d.dct().isEmpty() ? "" : PublicationDateResolver.FROM_INPUT, "", ""))).toList();
  }

  @Override
  public Optional<Report> score(Path tables, int errors, Predicate<String> documents) {
    Map<String, List<Span>> predicted = new HashMap<>();
    try (TableReader mentions = TableReader.open(tables, Table.MENTIONS)) {
      mentions.forEachRemaining(m -> {
        boolean counts = ner ? NAME_TYPES.contains(m.get("type")) && m.get("mention_kind").equals("name")
            : TimexScorer.ALL_TYPES.contains(m.get("type"));
        if (counts) {
          predicted.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(span(m));
        }
      });
    }
    return Optional.of(score("Dateline", d -> predicted.getOrDefault(d.id(), List.of()), errors, documents));
  }

  @Override
  public Optional<Report> baseline() {
    PlainCoreNlp plain = new PlainCoreNlp(ner);
    return Optional.of(score("Plain CoreNLP 4.5.10 (tokenize,ssplit,pos,lemma,ner)", d -> plain.names(d.text(),
        d.dct()).stream().map(n -> new Span(d.codePointOffset(n.start()), d.codePointOffset(n.end()), n.tag(),
        n.normalized())).toList(), 0, id -> true));
  }

  private Report score(String who, Function<GoldDocument, List<Span>> predict, int errors,
                       Predicate<String> documents) {
    Scorer scorer = ner ? new NerScorer() : new TimexScorer();
    documents().stream().filter(d -> documents.test(d.id())).forEach(d -> scorer.add(d, predict.apply(d)));
    String what = gold.getFileName() + (limit > 0 ? " (first " + limit + " documents)" : "");
    return scorer.report().titled(who + " on " + what)
        .withErrors(scorer.errors(errors).stream().map(SpanError::toString).toList());
  }

  private static Span span(TableRow m) {
    return new Span(m.number("start"), m.number("end"), m.get("type"), m.get("normalized"));
  }

  private List<GoldDocument> documents() {
    try (Stream<GoldDocument> docs = GoldReader.stream(gold)) {
      return (limit > 0 ? docs.limit(limit) : docs).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + gold, e);
    }
  }
}
