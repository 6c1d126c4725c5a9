package org.dateline.eval;

import org.dateline.corenlp.PlainCoreNlpQuotes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.doc.Article;
import org.dateline.input.PublicationDateResolver;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;

/**
 * Scores quotes against PolNeAR-format gold: runs the real pipeline over the gold texts, reads quotes.csv back
 * (what a user gets is what is scored) and scores direct quotes and all attributions; optionally does the same
 * for plain CoreNLP's quote annotator. Also reports process CPU seconds per 1,000 tokens of each run, model
 * loading excluded.
 */
public final class QuoteEvaluation {

  public static final String BASELINE_ANNOTATORS = PlainCoreNlpQuotes.ANNOTATORS;

  private final List<QuoteGold.Doc> docs;

  public QuoteEvaluation(Path gold, int limit) {
    this.docs = QuoteGold.read(gold, limit);
  }

  public int size() {
    return docs.size();
  }

  /** Dateline's figures; {@code nlp} is already loaded, so its CPU is not counted. */
  public Result scoreDateline(Pipeline pipeline, CoreNlpAnnotator nlp, Path tables) {
    long cpu = cpuNanos();
    RunSummary run = pipeline.run(docs.stream().map(d -> new Article(d.id(), "gold:" + d.id(), "", d.text(),
        nz(d.date()), d.date() == null ? "" : PublicationDateResolver.FROM_INPUT, "", "")).iterator(), nlp, 0);
    long used = cpuNanos() - cpu;
    Map<String, List<QuoteSpan>> predicted = read(tables.resolve("quotes.csv"));
    return score(d -> predicted.getOrDefault(d.id(), List.of()), used, run.tokens());
  }

  /** Plain CoreNLP's quote pipeline on the same documents (loaded here; loading not counted). */
  public Result scoreBaseline() {
    PlainCoreNlpQuotes plain = new PlainCoreNlpQuotes();
    long cpu = cpuNanos();
    Map<String, List<QuoteSpan>> predicted = new HashMap<>();
    for (QuoteGold.Doc d : docs) {
      String text = d.text();
      predicted.put(d.id(), plain.quotes(text).stream().map(q -> new QuoteSpan(cp(text, q.start()), cp(text, q.end()),
          q.kind(), q.speaker().name(), cp(text, q.speaker().start()), cp(text, q.speaker().end()))).toList());
    }
    long used = cpuNanos() - cpu;
    return score(d -> predicted.get(d.id()), used, plain.tokens());
  }

  private Result score(java.util.function.Function<QuoteGold.Doc, List<QuoteSpan>> predict, long cpu, long tokens) {
    QuoteScorer direct = new QuoteScorer("direct", Set.of("direct"));
    QuoteScorer all = new QuoteScorer("all", Set.of());
    for (QuoteGold.Doc d : docs) {
      List<QuoteSpan> p = predict.apply(d);
      direct.add(d.spans(), p);
      all.add(d.spans(), p);
    }
    return new Result(direct, all, cpu / 1e9, tokens);
  }

  /** Both scorers and what the run cost. */
  public record Result(QuoteScorer direct, QuoteScorer all, double cpuSeconds, long tokens) {

    public String report() {
      return direct.report() + "\n" + all.report() + String.format(Locale.ROOT,
          "%nCPU: %.1f s for %d tokens = %.2f CPU s per 1,000 tokens (model loading excluded)%n",
          cpuSeconds, tokens, tokens == 0 ? 0.0 : cpuSeconds * 1000 / tokens);
    }
  }

  static Map<String, List<QuoteSpan>> read(Path file) {
    Map<String, List<QuoteSpan>> byArticle = new HashMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord row : format.parse(r)) {
        String name = row.get("speaker_name").isEmpty() ? row.get("speaker") : row.get("speaker_name");
        byArticle.computeIfAbsent(row.get("article_id"), k -> new ArrayList<>()).add(new QuoteSpan(
            Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end")), row.get("kind"), name,
            number(row.get("speaker_start")), number(row.get("speaker_end"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return byArticle;
  }

  private static int number(String cell) {
    return cell.isEmpty() ? -1 : Integer.parseInt(cell);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** CPU time of the whole process (all threads, GC and JIT included), as the baseline notes measure it. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Code point offset of a Java char offset; -1 (no speaker) stays -1. */
  private static int cp(String text, int charOffset) {
    return charOffset < 0 ? -1 : text.codePointCount(0, Math.min(charOffset, text.length()));
  }
}
