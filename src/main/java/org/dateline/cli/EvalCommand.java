package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.eval.EventEvaluation;
import org.dateline.eval.Evaluation;
import org.dateline.eval.QuoteEvaluation;
import org.dateline.eval.Scorer;
import org.dateline.eval.SpanError;
import org.dateline.config.UsageException;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.corenlp.NlpSettings;
import org.dateline.config.Options;
import org.dateline.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval}: runs extract over a gold file and scores the tables it wrote. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Score Dateline's tables against a gold JSONL file (formats of ner-dev, timex-dev, quotes-dev, "
        + "events-dev and plover-dev).")
final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TASK", description = "ner (PER/LOC/ORG exact span), timex (TempEval-3), "
      + "quotes (PolNeAR attributions), events (CAMEO root and actor-code F1 on events-dev; give --actors/--agents "
      + "the dictionaries its codes were made with) or plover (PLOVER type and "
      + "type+actor+target F1 on plover-dev).")
  String task;

  @Parameters(index = "1", paramLabel = "GOLD", description = "Gold JSONL file.")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where the tables of the scored run go (default: output/eval-<gold file name>).")
  Path out;

  @Option(names = "--baseline", description = "Also score plain CoreNLP on the same documents: "
      + "tokenize,ssplit,pos,lemma,ner for ner and timex (for ner on the gold tokens and lines, as the gold README's "
      + "baseline does), CoreNLP's quote pipeline for quotes.")
  boolean baseline;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Only the first N documents.")
  int limit;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N errors for inspection.")
  int errors;

  @Option(names = "--threads", paramLabel = "N", description = "Articles processed at the same time.")
  Integer threads;

  @Option(names = "--ner-models", paramLabel = "PATHS", description = "CoreNLP NER models, as for extract.")
  String nerModels = NlpSettings.DEFAULT_MODELS;

  @Option(names = "--tables", paramLabel = "LIST", split = ",",
      description = "What the scored run extracts (default: what the task needs); 'eval quotes --tables entities' "
          + "measures the cost of the pipeline without quotes.")
  Set<String> tables;

  @Mixin
  ActorOptions actors;

  @Mixin
  LoggingOptions logging;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold)) {
      throw new UsageException("gold file not found: " + gold);
    }
    Set<String> needed = switch (task) {
      case "ner", "timex" -> Set.of(Options.ENTITIES);
      case "quotes" -> Set.of(Options.ENTITIES, Options.QUOTES);
      case "events", "plover" -> Set.of(Options.ENTITIES, Options.EVENTS);
      default -> throw new UsageException("TASK must be ner, timex, quotes, events or plover, not '" + task + "'");
    };
    if (tables != null && !Options.ALL_TABLES.containsAll(tables)) {
      throw new UsageException("--tables takes entities, quotes and events, not " + tables);
    }
    actors.check();
    Path dir = out != null ? out : Path.of("output", "eval-" + gold.getFileName().toString().replace(".jsonl", ""));
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Pipeline pipeline = new Pipeline(new Options(List.of(gold.toString()), dir, null, n, nerModels, 150, false, null)
        .withTables(tables != null ? tables : needed).withActorFiles(actors.files()));
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(pipeline.nlpSettings());
    return switch (task) {
      case "quotes" -> quotes(pipeline, nlp, dir);
      case "events", "plover" -> events(pipeline, nlp, dir);
      default -> names(pipeline, nlp, dir, task.equals("ner") ? Evaluation.Task.NER : Evaluation.Task.TIMEX);
    };
  }

  private int names(Pipeline pipeline, CoreNlpAnnotator nlp, Path dir, Evaluation.Task t) {
    Evaluation evaluation = new Evaluation(t, gold, limit);
    Scorer ours = evaluation.scoreDateline(pipeline, nlp, dir);
    System.out.println("## Dateline on " + gold.getFileName() + (limit > 0 ? " (first " + limit + " documents)" : ""));
    System.out.println(ours.report());
    for (SpanError e : ours.errors(errors)) {
      System.out.println("  " + e);
    }
    if (baseline) {
      Scorer plain = evaluation.scoreBaseline();
      System.out.println("## Plain CoreNLP 4.5.10 on " + gold.getFileName());
      System.out.println(plain.report());
    }
    return 0;
  }

  private int quotes(Pipeline pipeline, CoreNlpAnnotator nlp, Path dir) {
    QuoteEvaluation evaluation = new QuoteEvaluation(gold, limit);
    String what = gold.getFileName() + " (" + evaluation.size() + " documents)";
    QuoteEvaluation.Result ours = evaluation.scoreDateline(pipeline, nlp, dir);
    System.out.println("## Dateline (" + pipeline.nlpSettings().annotators() + ") on " + what);
    System.out.println(ours.report());
    if (baseline) {
      QuoteEvaluation.Result plain = evaluation.scoreBaseline();
      System.out.println("## Plain CoreNLP 4.5.10 (" + QuoteEvaluation.BASELINE_ANNOTATORS + ") on " + what);
      System.out.println(plain.report());
    }
    return 0;
  }

  /** Events are scored on the events table alone. */
  private int events(Pipeline pipeline, CoreNlpAnnotator nlp, Path dir) {
    EventEvaluation evaluation = new EventEvaluation(gold, task.equals("plover"), limit);
    String report = evaluation.scoreDateline(pipeline, nlp, dir, errors);
    System.out.println("## Dateline events on " + gold.getFileName() + (limit > 0 ? " (first " + limit + ")" : ""));
    System.out.println(report);
    return 0;
  }
}
