package org.dateline.spark;

import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.util.SerializableConfiguration;
import org.dateline.config.InputFields;
import org.dateline.config.Options;
import org.dateline.identity.AliasTable;
import org.dateline.output.RunStart;
import org.dateline.table.Table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

/**
 * The pipeline as a Spark job: list the inputs, read them into articles, spread the articles over
 * {@code partitions} tasks, run NLP once per article and save the results (Parquet), then write every table from
 * those saved results. Saving first means a table written after an executor is lost never re-runs NLP, and every
 * table comes from the same results.
 */
final class SparkJob {

  /**
   * @param partitions NLP tasks; 0 for three per core of the cluster, so a slow article holds up only a small share
   */
  record Request(List<String> inputs, String out, Set<String> formats, int partitions, boolean overwrite,
                 Options options, InputFields fields) {
  }

  /** What a finished job reports; every article read has one row in articles, ok or failed. */
  record Summary(long read, long failed, long nlpMillis, long tablesMillis, String out) {
    String describe() {
      return String.format("%d articles read, %d ok, %d failed; articles processed in %.1f s, tables written in "
          + "%.1f s; tables in %s", read, read - failed, failed, nlpMillis / 1000.0, tablesMillis / 1000.0, out);
    }
  }

  private final SparkSession spark;

  SparkJob(SparkSession spark) {
    this.spark = spark;
  }

  Summary run(Request request) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunStart start = RunStart.now(request.inputs(), request.options(), spark.sparkContext().defaultParallelism(),
        request.formats().stream().sorted().toList(), request.fields());
    // Usage mistakes (a missing input, a CSV without text, a non-empty --out) surface before any work starts.
    List<InputListing.Listed> files = InputListing.list(request.inputs(), conf, request.fields());
    int partitions = request.partitions() > 0 ? request.partitions() : 3 * spark.sparkContext().defaultParallelism();
    Dataset<Row> articles = articles(files, request.options().defaultDate(), partitions, request.fields());
    TableOutput out = TableOutput.prepare(request.out(), request.formats(), request.overwrite(), conf);
    long t0 = System.nanoTime();
    numbered(articles, partitions)
        .mapPartitions(new ArticleStage(request.options()), Encoders.row(ResultRows.SCHEMA))
        .write().mode(SaveMode.Overwrite).parquet(out.results());

    long t1 = System.nanoTime();
    Dataset<Row> results = KeyStage.of(spark, spark.read().schema(ResultRows.SCHEMA).parquet(out.results()),
        AliasTable.load(request.options().modelsDir(), request.options().aliasFiles()));
    for (Table table : Table.values()) {
      out.write(table, table == Table.CORPUS_ENTITIES ? CorpusStage.of(results) : Tables.of(results, table));
    }
    long read = 0;
    long failed = 0;
    int status = Table.ARTICLES.indexOf("status");
    for (Row r : results.groupBy(col("article").getItem(status)).count().collectAsList()) {
      read += r.getLong(1);
      failed += "failed".equals(r.getString(0)) ? r.getLong(1) : 0;
    }
    out.finish();
    SparkRunRecord.write(start, request.out(), request.formats());
    return new Summary(read, failed, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000, out.toString());
  }

  /** Every article of the listed files, as {@link ArticleRows}; the files are read in parallel. */
  Dataset<Row> articles(List<InputListing.Listed> files, String defaultDate, int partitions, InputFields fields) {
    List<InputListing.Listed> parquet = files.stream().filter(f -> f.format().equals(InputListing.PARQUET)).toList();
    List<Row> others = files.stream().filter(f -> !f.format().equals(InputListing.PARQUET))
        .map(FileReading::row).toList();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> conf =
        jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    int slices = Math.max(1, Math.min(others.size(), partitions));
    Dataset<Row> read = spark.createDataFrame(jsc.parallelize(others, slices), FileReading.FILES)
        .flatMap(new FileReading(conf, defaultDate, fields), Encoders.row(ArticleRows.SCHEMA));
    return parquet.isEmpty() ? read : read.union(ParquetArticles.read(spark, parquet, defaultDate, fields));
  }

  /**
   * The articles spread over {@code partitions} tasks by a hash of their id, which spreads even one big file over
   * every task and puts the repeats of an id side by side, where {@code n}, their rank in input order, numbers
   * them as the CLI does ({@link org.dateline.run.DuplicateIds}).
   */
  static Dataset<Row> numbered(Dataset<Row> articles, int partitions) {
    return articles.repartition(partitions, col("id"))
        .withColumn("n", row_number().over(Window.partitionBy("id").orderBy("file", "ordinal")));
  }
}
