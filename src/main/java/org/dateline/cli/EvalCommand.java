package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.config.OptionFlags;
import org.dateline.config.Options;
import org.dateline.config.UsageException;
import org.dateline.config.Version;
import org.dateline.eval.Evaluation;
import org.dateline.eval.Report;
import org.dateline.output.OutputLock;
import org.dateline.run.ArticleProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval}: runs extract over a gold file and scores the tables it wrote. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Score Dateline's tables against a gold JSONL file (formats of ner-dev, timex-dev, quotes-dev, "
        + "events-dev, plover-dev, people-gender-dev and entity-identity-dev).")
final class EvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TASK", description = "ner (PER/LOC/ORG exact span), timex (TempEval-3), "
      + "quotes (PolNeAR attributions), events (CAMEO root and actor-code F1 on events-dev; give --actors/--agents "
      + "the dictionaries its codes were made with) or plover (PLOVER type and "
      + "type+actor+target F1 on plover-dev), people (person gender: female/male F1 and coverage on "
      + "people-gender-dev, overall and on two fixed halves), identity (entity_key across documents: cross-document macro "
      + "P/R/F1 and B-cubed on entity-identity-dev, whose texts are the people-dev.jsonl beside it; overall and on two "
      + "fixed halves), html (main text of web pages, the article-extraction "
      + "benchmark's metric, on a folder like html-dev) or geo (geocoding: accuracy within 161 km, mean error, AUC "
      + "on geo-dev): one of " + Evaluation.TASKS + ".")
  String task;

  @Parameters(index = "1", paramLabel = "GOLD", description = "Gold JSONL file (for html: the gold folder).")
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

  @Option(names = "--subset", paramLabel = "S", defaultValue = "all", description = "geo only: score the gold "
      + "toponyms of one group: all, literal, associative (GeoWebNews' pragmatic types) or geonames.")
  String subset;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "List N errors for inspection.")
  int errors;

  @Option(names = "--threads", paramLabel = "N", description = "Articles processed at the same time.")
  Integer threads;

  @Mixin
  OptionFlags flags;

  @Mixin
  LoggingOptions logging;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(gold) && !(task.equals("html") && Files.isDirectory(gold))) {
      throw new UsageException("gold file not found: " + gold);
    }
    Evaluation evaluation = Evaluation.of(task, gold, limit, subset);
    Options options = flags.toOptions("", evaluation.needs()).withoutTimings();
    ArticleProcessor.checkFiles(options);
    Path dir = out != null ? out : Path.of("output", "eval-" + gold.getFileName().toString().replace(".jsonl", ""));
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    // One run per folder, as for extract; taken before the models load so a busy folder costs nothing.
    try (OutputLock lock = OutputLock.acquire(dir)) {
      System.out.println(evaluation.dateline(options, dir, n, errors).render());
    }
    if (baseline) {
      System.out.println(evaluation.baseline().map(Report::render)
          .orElse("(no plain CoreNLP baseline for " + task + ")"));
    }
    return 0;
  }
}
