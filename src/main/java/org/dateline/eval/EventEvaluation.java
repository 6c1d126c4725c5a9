package org.dateline.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.doc.Article;
import org.dateline.input.PublicationDateResolver;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.run.Pipeline;

/**
 * Scores events.csv against events-dev (CAMEO root of each event) or plover-dev (PLOVER type, actor and target):
 * runs the real pipeline over the gold sentences, reads the table back and matches it record by record.
 */
public final class EventEvaluation {

  private final boolean plover;
  private final List<EventGold> gold;

  public EventEvaluation(Path goldFile, boolean plover, int limit) {
    this.plover = plover;
    this.gold = EventGold.read(goldFile, plover, limit);
  }

  /** Runs Dateline on the gold sentences into {@code tables} and scores events.csv. */
  public String scoreDateline(Pipeline pipeline, CoreNlpAnnotator nlp, Path tables, int showErrors) {
    EventScorer s = score(pipeline, nlp, tables);
    StringBuilder out = new StringBuilder(s.report(plover));
    s.errors(showErrors).forEach(e -> out.append("\n  ").append(e));
    return out.toString();
  }

  /**
   * The filled scorer's main figures, for floor tests: type F1, type+actor+target F1 (plover-dev), false alarms,
   * and (source, target, root) F1 over coded rows (events-dev).
   */
  public double[] figures(Pipeline pipeline, CoreNlpAnnotator nlp, Path tables) {
    EventScorer s = score(pipeline, nlp, tables);
    return new double[] {s.types().f1(), s.withBoth().f1(), s.falseAlarms(), s.dyads().f1()};
  }

  private EventScorer score(Pipeline pipeline, CoreNlpAnnotator nlp, Path tables) {
    List<Article> articles = new ArrayList<>();
    for (EventGold g : gold) {
      articles.add(new Article(g.id(), "gold:" + g.id(), "", g.text(), g.date(),
          g.date().isEmpty() ? "" : PublicationDateResolver.FROM_INPUT, "", ""));
    }
    pipeline.run(articles.iterator(), nlp, 0);
    Map<String, List<EventScorer.Predicted>> predicted = read(tables.resolve("events.csv"));
    EventScorer scorer = new EventScorer(plover ? "PLOVER type" : "CAMEO root");
    for (EventGold g : gold) {
      scorer.add(g, predicted.getOrDefault(g.id(), List.of()));
    }
    return scorer;
  }

  /** The phrase as written and the entity name it resolved to ("he" and "Volodymyr Zelensky"). */
  static String join(String text, String name) {
    return name.isEmpty() || name.equals(text) ? text : text + " ; " + name;
  }

  private Map<String, List<EventScorer.Predicted>> read(Path eventsCsv) {
    Map<String, List<EventScorer.Predicted>> out = new HashMap<>();
    try (Reader r = Files.newBufferedReader(eventsCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        String type = plover ? row.get("plover_type") : row.get("cameo_root");
        if (type.isEmpty()) {
          continue;  // roots 01 and 02 have no PLOVER type: not an event in PLOVER's terms
        }
        out.computeIfAbsent(row.get("article_id"), k -> new ArrayList<>()).add(new EventScorer.Predicted(type,
            row.get("cameo_code"), join(row.get("actor"), row.get("actor_name")),
            join(row.get("target"), row.get("target_name")), row.get("actor_code"), row.get("target_code")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + eventsCsv, e);
    }
    return out;
  }
}
