package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.eval.EventEvaluation;
import org.dateline.eval.Evaluation;
import org.dateline.eval.Scorer;
import org.dateline.eval.SpanError;
import org.dateline.input.UsageException;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpSettings;
import org.dateline.run.Options;
import org.dateline.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval}: runs extract over a gold file and scores the tables it wrote. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Score Dateline's tables against a gold JSONL file (formats of ner-dev and timex-dev).")
final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TASK", description = "ner (PER/LOC/ORG exact span), timex (TempEval-3), "
      + "events (CAMEO root F1 on events-dev) or plover (PLOVER type and type+actor+target F1 on plover-dev).")
  String task;

  @Parameters(index = "1", paramLabel = "GOLD", description = "Gold JSONL file.")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where the tables of the scored run go (default: output/eval-<gold file name>).")
  Path out;

  @Option(names = "--baseline", description = "Also score plain CoreNLP (tokenize,ssplit,pos,lemma,ner) on the "
      + "same documents; for NER it reads the gold tokens and lines, as the gold README's baseline does.")
  boolean baseline;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Only the first N documents.")
  int limit;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N errors for inspection.")
  int errors;

  @Option(names = "--threads", paramLabel = "N", description = "Articles processed at the same time.")
  Integer threads;

  @Option(names = "--ner-models", paramLabel = "PATHS", description = "CoreNLP NER models, as for extract.")
  String nerModels = NlpSettings.DEFAULT_MODELS;

  @Mixin
  LoggingOptions logging;

  @Override
  public Integer call() {
    if (task.equals("events") || task.equals("plover")) {
      return scoreEvents();
    }
    Evaluation.Task t = switch (task) {
      case "ner" -> Evaluation.Task.NER;
      case "timex" -> Evaluation.Task.TIMEX;
      default -> throw new UsageException("TASK must be ner, timex, events or plover, not '" + task + "'");
    };
    if (!Files.isRegularFile(gold)) {
      throw new UsageException("gold file not found: " + gold);
    }
    Path tables = out != null ? out : Path.of("output", "eval-" + gold.getFileName().toString().replace(".jsonl", ""));
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Pipeline pipeline = new Pipeline(new Options(List.of(gold.toString()), tables, null, n, nerModels, 150, false, null));
    Evaluation evaluation = new Evaluation(t, gold, limit);
    Scorer ours = evaluation.scoreDateline(pipeline, new CoreNlpAnnotator(pipeline.nlpSettings()), tables);
    System.out.println("## Dateline on " + gold.getFileName() + (limit > 0 ? " (first " + limit + " documents)" : ""));
    System.out.println(ours.report());
    printErrors(ours);
    if (baseline) {
      Scorer plain = evaluation.scoreBaseline();
      System.out.println("## Plain CoreNLP 4.5.10 on " + gold.getFileName());
      System.out.println(plain.report());
    }
    return 0;
  }

  /** Events are scored on the events table alone: the run fills only entities (which events use) and events. */
  private Integer scoreEvents() {
    if (!Files.isRegularFile(gold)) {
      throw new UsageException("gold file not found: " + gold);
    }
    Path tables = out != null ? out : Path.of("output", "eval-" + gold.getFileName().toString().replace(".jsonl", ""));
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Pipeline pipeline = new Pipeline(new Options(List.of(gold.toString()), tables, null, n, nerModels, 150, false,
        null).withTables(Set.of(Options.ENTITIES, Options.EVENTS)));
    EventEvaluation evaluation = new EventEvaluation(gold, task.equals("plover"), limit);
    String report = evaluation.scoreDateline(pipeline, new CoreNlpAnnotator(pipeline.nlpSettings()), tables, errors);
    System.out.println("## Dateline events on " + gold.getFileName() + (limit > 0 ? " (first " + limit + ")" : ""));
    System.out.println(report);
    return 0;
  }

  private void printErrors(Scorer scorer) {
    for (SpanError e : scorer.errors(errors)) {
      System.out.println("  " + e);
    }
  }
}
