package org.dateline.eval;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dateline.config.Extraction;
import org.dateline.corenlp.PlainCoreNlpQuotes;
import org.dateline.doc.Article;
import org.dateline.table.Table;
import org.dateline.table.TableReader;

/**
 * Quotes against PolNeAR-format gold (quotes-dev), scored on quotes.csv: direct quotes and all attributions.
 * The baseline is CoreNLP's own quote pipeline, with the CPU it took.
 */
final class QuoteTask implements EvalTask {

  private final Path gold;
  private final List<QuoteGold.Doc> docs;

  QuoteTask(Path gold, int limit) {
    this.gold = gold;
    this.docs = QuoteGold.read(gold, limit);
  }

  @Override
  public Set<Extraction> needs() {
    return Set.of(Extraction.ENTITIES, Extraction.QUOTES);
  }

  @Override
  public List<Article> articles() {
    return docs.stream().map(d -> EvalTask.goldArticle(d.id(), d.text(), d.date())).toList();
  }

  @Override
  public Optional<Report> score(Path tables, int errors, Predicate<String> documents) {
    Map<String, List<QuoteSpan>> predicted = new HashMap<>();
    try (TableReader quotes = TableReader.open(tables, Table.QUOTES)) {
      quotes.forEachRemaining(q -> predicted.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(
          new QuoteSpan(q.number("start"), q.number("end"), q.get("kind"),
              q.get("speaker_name").isEmpty() ? q.get("speaker") : q.get("speaker_name"),
              q.number("speaker_start"), q.number("speaker_end"))));
    }
    return Optional.of(score("Dateline", d -> predicted.getOrDefault(d.id(), List.of()), documents));
  }

  /** CoreNLP's {@code tokenize,...,coref,quote}: loaded here (not counted), then its CPU per 1,000 tokens. */
  @Override
  public Optional<Report> baseline() {
    PlainCoreNlpQuotes plain = new PlainCoreNlpQuotes();
    long cpu = cpuNanos();
    Map<String, List<QuoteSpan>> predicted = new HashMap<>();
    for (QuoteGold.Doc d : docs) {
      String text = d.text();
      predicted.put(d.id(), plain.quotes(text).stream().map(q -> new QuoteSpan(cp(text, q.start()), cp(text, q.end()),
          q.kind(), q.speaker().name(), cp(text, q.speaker().start()), cp(text, q.speaker().end()))).toList());
    }
    double seconds = (cpuNanos() - cpu) / 1e9;
    double perThousand = plain.tokens() == 0 ? 0 : seconds * 1000 / plain.tokens();
    return Optional.of(score("Plain CoreNLP 4.5.10 (" + PlainCoreNlpQuotes.ANNOTATORS + ")", predicted::get,
        id -> true)
        .with("CPU s per 1,000 tokens", perThousand, String.format(Locale.ROOT, "CPU: %.1f s for %d tokens = %.2f "
            + "CPU s per 1,000 tokens (model loading excluded)", seconds, plain.tokens(), perThousand)));
  }

  private Report score(String who, Function<QuoteGold.Doc, List<QuoteSpan>> predict, Predicate<String> documents) {
    QuoteScorer direct = new QuoteScorer("direct", Set.of("direct"));
    QuoteScorer all = new QuoteScorer("all", Set.of());
    for (QuoteGold.Doc d : docs.stream().filter(d -> documents.test(d.id())).toList()) {
      List<QuoteSpan> p = predict.apply(d);
      direct.add(d.spans(), p);
      all.add(d.spans(), p);
    }
    return direct.report().and(all.report()).titled(who + " on " + gold.getFileName() + " (" + docs.size()
        + " documents)");
  }

  /** CPU time of the whole process (all threads, GC and JIT included), as the baseline notes measure it. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Code point offset of a Java char offset; -1 (no speaker) stays -1. */
  private static int cp(String text, int charOffset) {
    return charOffset < 0 ? -1 : text.codePointCount(0, Math.min(charOffset, text.length()));
  }
}
