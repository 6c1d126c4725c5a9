package org.dateline.eval;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.config.Extraction;
import org.dateline.config.Options;
import org.dateline.config.RunOptions;
import org.dateline.config.UsageException;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.run.Pipeline;
import org.dateline.run.RunSummary;

/**
 * Scores Dateline against a gold file: runs the real pipeline over the gold documents into a tables folder, then
 * lets the task read the tables back and score them; optionally scores plain CoreNLP on the same documents.
 * Every task reports in the one {@link Report} shape, with the CPU the run took.
 */
public final class Evaluation {

  /** The task names {@code eval} takes. */
  public static final String TASKS = "ner, timex, quotes, events, plover, people, identity, html or geo";

  private final EvalTask task;

  private Evaluation(EvalTask task) {
    this.task = task;
  }

  /** The task {@code name} on {@code gold} (the first {@code limit} documents when positive). */
  public static Evaluation of(String name, Path gold, int limit) {
    return of(name, gold, limit, "all");
  }

  /** The same, scoring only the gold {@code subset} where the task has subsets (geo: literal, associative, ...). */
  public static Evaluation of(String name, Path gold, int limit, String subset) {
    return new Evaluation(switch (name) {
      case "geo" -> new GeoTask(gold, limit, subset);
      case "ner" -> new NameTask(true, gold, limit);
      case "timex" -> new NameTask(false, gold, limit);
      case "quotes" -> new QuoteTask(gold, limit);
      case "events" -> new EventTask(gold, false, limit);
      case "plover" -> new EventTask(gold, true, limit);
      case "html" -> new HtmlTask(gold, limit);
      case "people" -> new PeopleTask(gold, limit);
      case "identity" -> new IdentityTask(gold, limit);
      default -> throw new UsageException("TASK must be " + TASKS + ", not '" + name + "'");
    });
  }

  /** What the scored run must extract. */
  public Set<Extraction> needs() {
    return task.needs();
  }

  /**
   * Runs {@code extract} with {@code options} over the gold documents into {@code out} and scores its tables; the
   * CPU per 1,000 tokens of the run (model loading excluded) is one of the report's figures.
   */
  public Report dateline(Options options, Path out, int threads, int errors) {
    if (task instanceof HtmlTask) {
      // Scores the text the reader extracts: no NLP runs, so no models load and the figure takes seconds.
      return Halves.score(task, out, errors);
    }
    CoreNlpAnnotator nlp = CoreNlpAnnotator.shared(options);
    RunSummary run = new Pipeline(options, RunOptions.into(out, threads)).run(task.articles().iterator(), nlp, 0);
    double perThousand = run.cpuSecondsPerThousandTokens();
    return Halves.score(task, out, errors).with("CPU s per 1,000 tokens", perThousand, String.format(Locale.ROOT,
        "CPU: %.1f s for %d tokens = %.2f CPU s per 1,000 tokens (%s; model loading excluded)",
        run.cpuMillis() / 1000.0, run.tokens(), perThousand, nlp.annotators()));
  }

  /** Plain CoreNLP on the same documents, for the tasks that have such a baseline. */
  public Optional<Report> baseline() {
    return task.baseline();
  }
}
