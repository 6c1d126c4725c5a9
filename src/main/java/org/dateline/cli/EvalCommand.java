package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.eval.Evaluation;
import org.dateline.eval.QuoteEvaluation;
import org.dateline.eval.Scorer;
import org.dateline.eval.SpanError;
import org.dateline.input.UsageException;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpSettings;
import org.dateline.run.Options;
import org.dateline.run.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval}: runs extract over a gold file and scores the tables it wrote. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Score Dateline's tables against a gold JSONL file (formats of ner-dev, timex-dev, quotes-dev).")
final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TASK", description = "ner (PER/LOC/ORG exact span), timex (TempEval-3) or quotes (PolNeAR format).")
  String task;

  @Parameters(index = "1", paramLabel = "GOLD", description = "Gold JSONL file.")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where the tables of the scored run go (default: output/eval-<gold file name>).")
  Path out;

  @Option(names = "--baseline", description = "Also score plain CoreNLP (tokenize,ssplit,pos,lemma,ner) on the "
      + "same documents; for NER it reads the gold tokens and lines, as the gold README's baseline does; for "
      + "quotes it runs tokenize,ssplit,pos,lemma,ner,depparse,coref,quote.")
  boolean baseline;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Only the first N documents.")
  int limit;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N errors for inspection.")
  int errors;

  @Option(names = "--threads", paramLabel = "N", description = "Articles processed at the same time.")
  Integer threads;

  @Option(names = "--ner-models", paramLabel = "PATHS", description = "CoreNLP NER models, as for extract.")
  String nerModels = NlpSettings.DEFAULT_MODELS;

  @Option(names = "--tables", paramLabel = "TABLE", split = ",",
      description = "What the scored run extracts (default: entities for ner and timex, entities,quotes for "
          + "quotes); 'eval quotes --tables entities' measures the cost of the pipeline without quotes.")
  List<String> tables;

  @Option(names = {"-q", "--quiet"}, description = "Only warnings and errors on stderr.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Debug logging.")
  boolean verbose;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold)) {
      throw new UsageException("gold file not found: " + gold);
    }
    Path tablesDir = out != null ? out
        : Path.of("output", "eval-" + gold.getFileName().toString().replace(".jsonl", ""));
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Pipeline pipeline = new Pipeline(new Options(List.of(gold.toString()), tablesDir, null, n, nerModels, 150, false,
        null, Tables.parse(tables != null ? tables : List.of(task.equals("quotes") ? "quotes" : "entities"))));
    if (task.equals("quotes")) {
      return quotes(pipeline, tablesDir);
    }
    Evaluation.Task t = switch (task) {
      case "ner" -> Evaluation.Task.NER;
      case "timex" -> Evaluation.Task.TIMEX;
      default -> throw new UsageException("TASK must be ner, timex or quotes, not '" + task + "'");
    };
    Evaluation evaluation = new Evaluation(t, gold, limit);
    Scorer ours = evaluation.scoreDateline(pipeline, new CoreNlpAnnotator(pipeline.nlpSettings()), tablesDir);
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

  private int quotes(Pipeline pipeline, Path tablesDir) {
    QuoteEvaluation evaluation = new QuoteEvaluation(gold, limit);
    String what = gold.getFileName() + " (" + evaluation.size() + " documents)";
    QuoteEvaluation.Result ours = evaluation.scoreDateline(pipeline, new CoreNlpAnnotator(pipeline.nlpSettings()),
        tablesDir);
    System.out.println("## Dateline (" + pipeline.nlpSettings().annotators() + ") on " + what);
    System.out.println(ours.report());
    if (baseline) {
      QuoteEvaluation.Result plain = evaluation.scoreBaseline();
      System.out.println("## Plain CoreNLP 4.5.10 (" + QuoteEvaluation.BASELINE_ANNOTATORS + ") on " + what);
      System.out.println(plain.report());
    }
    return 0;
  }

  private void printErrors(Scorer scorer) {
    for (SpanError e : scorer.errors(errors)) {
      System.out.println("  " + e);
    }
  }
}
