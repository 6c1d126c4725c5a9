package org.dateline.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.cli.ArticleOptions;
import org.dateline.config.ActorFiles;
import org.dateline.corenlp.NlpSettings;
import org.dateline.config.ArticleLimits;
import org.dateline.config.Options;

/**
 * What decides the rows of every article, as plain values Spark can ship to the executors; each executor builds
 * its own pipeline from them ({@link ArticleStage}). The bundled lexicons are used: a {@code --models} folder
 * would have to exist on every node. {@code --actors}/{@code --agents} files are read by each executor at the path
 * given (checked on the driver first), so on a cluster they must sit on a path every node sees.
 *
 * @param tables      the tables to fill, sorted, so that equal settings are equal records (one pipeline per JVM)
 * @param defaultDate the {@code --date} value, or null
 */
record JobSettings(String nerModels, int maxSentenceTokens, long timeoutSeconds, int maxChars, List<String> tables,
                   boolean timings, String defaultDate, ActorFiles actorFiles) implements Serializable {

  JobSettings {
    tables = List.copyOf(new TreeSet<>(tables));
  }

  static JobSettings of(ArticleOptions o) {
    ArticleLimits limits = o.limits();
    return new JobSettings(o.nerModels(), o.maxSentenceTokens(), limits.timeLimit().toSeconds(), limits.maxChars(),
        List.copyOf(o.tables()), o.timings(), o.date(), o.actorFiles());
  }

  /** As {@link Options#needsParse()}: quotes and events need the dependency parse; entities alone do not. */
  NlpSettings nlp() {
    boolean parse = tables.contains(Options.QUOTES) || tables.contains(Options.EVENTS);
    return new NlpSettings(parse, nerModels, maxSentenceTokens, null);
  }

  ArticleLimits limits() {
    return new ArticleLimits(Duration.ofSeconds(timeoutSeconds), maxChars);
  }

  Set<String> tableSet() {
    return Set.copyOf(tables);
  }
}
