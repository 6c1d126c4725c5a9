package org.dateline.spark;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.dateline.config.Options;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.run.ArticleProcessor;
import org.dateline.run.DuplicateIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP stage: every article through the CLI's own {@link ArticleProcessor#process}, once. Only the options
 * travel with the task; the processor and its CoreNLP pipeline are built by the first task of each executor JVM and
 * shared by all its task threads (CoreNLP's annotate is thread-safe). A bad article becomes a failed row, never a
 * failed task: a task failure would be retried and then kill the whole job.
 */
final class ArticleStage implements MapPartitionsFunction<Row, Row> {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleStage.class);
  private static final Map<Options, ArticleProcessor> PROCESSORS = new ConcurrentHashMap<>();

  private final Options options;

  ArticleStage(Options options) {
    this.options = options;
  }

  /** Input rows: {@link ArticleRows#SCHEMA} plus {@code n}, the article's rank among those sharing its id. */
  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ArticleProcessor processor = PROCESSORS.computeIfAbsent(options,
        o -> new ArticleProcessor(CoreNlpAnnotator.shared(o), o));
    return LazyMap.of(rows, row -> {
      Article article = DuplicateIds.numbered(ArticleRows.article(row), row.<Integer>getAs("n"));
      return result(row.getAs("file"), row.getAs("ordinal"), article, processor);
    });
  }

  private Row result(int file, long ordinal, Article article, ArticleProcessor processor) {
    ArticleResult result = processor.process(article);
    try {
      return ResultRows.of(file, ordinal, result, options.timings());
    } catch (RuntimeException e) {
      // A bug in turning a result into cells must cost this article only, like any failure inside process().
      LOG.warn("article {}: its rows could not be made", article.id(), e);
      String reason = "internal error while writing its rows: " + e + "; please report it with the article";
      return ResultRows.of(file, ordinal, ArticleResult.failed(article, reason, result.millis()), options.timings());
    }
  }
}
