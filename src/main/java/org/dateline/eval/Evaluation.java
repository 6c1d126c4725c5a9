package org.dateline.eval;

import org.dateline.corenlp.PlainCoreNlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dateline.doc.Article;
import org.dateline.input.PublicationDateResolver;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.run.Pipeline;

/**
 * Scores Dateline against a gold JSONL file: runs the real pipeline over the gold texts into a tables folder
 * (each document's creation date, when the gold has one, is its publication date), reads the tables back and
 * scores them; optionally scores plain CoreNLP on the same documents in the same run.
 */
public final class Evaluation {

  /** What to score: NER names (PER/LOC/ORG) or time expressions. */
  public enum Task { NER, TIMEX }

  private final Task task;
  private final Path gold;
  private final int limit;

  public Evaluation(Task task, Path gold, int limit) {
    this.task = task;
    this.gold = gold;
    this.limit = limit;
  }

  /** Runs Dateline on the gold documents and scores its tables; returns the filled scorer. */
  public Scorer scoreDateline(Pipeline pipeline, CoreNlpAnnotator nlp, Path tables) {
    try (Stream<GoldDocument> docs = documents()) {
      PublicationDateResolver dates = new PublicationDateResolver(null);
      Iterator<Article> articles = docs.map(d -> dates.resolve(
          new Article(d.id(), gold.getFileName() + ":" + d.id(), "", d.text(), d.dct(),
              d.dct().isEmpty() ? "" : PublicationDateResolver.FROM_INPUT, "", "")))
          .iterator();
      pipeline.run(articles, nlp, 0);
    }
    Map<String, List<Span>> predicted = task == Task.NER
        ? TableSpans.read(tables, Set.of("PERSON", "LOCATION", "ORGANIZATION"), true)
        : TableSpans.read(tables, TimexScorer.ALL_TYPES, false);
    return score(d -> predicted.getOrDefault(d.id(), List.of()));
  }

  /** Scores plain CoreNLP on the same documents. */
  public Scorer scoreBaseline() {
    PlainCoreNlp plain = new PlainCoreNlp(task == Task.NER);
    return score(d -> plain.names(d.text(), d.dct()).stream()
        .map(n -> new Span(d.codePointOffset(n.start()), d.codePointOffset(n.end()), n.tag(), n.normalized()))
        .toList());
  }

  private Scorer score(Function<GoldDocument, List<Span>> predict) {
    Scorer scorer = task == Task.NER ? new NerScorer() : new TimexScorer();
    try (Stream<GoldDocument> docs = documents()) {
      docs.forEach(d -> scorer.add(d, task == Task.NER
          ? predict.apply(d).stream().map(s -> s.withType(NerScorer.mapType(s.type()))).toList()
          : predict.apply(d)));
    }
    return scorer;
  }

  private Stream<GoldDocument> documents() {
    try {
      Stream<GoldDocument> docs = GoldReader.stream(gold);
      return limit > 0 ? docs.limit(limit) : docs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + gold, e);
    }
  }
}
