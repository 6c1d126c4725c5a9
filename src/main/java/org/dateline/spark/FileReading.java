package org.dateline.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.dateline.config.InputFields;
import org.dateline.input.ArticleSource;
import org.dateline.input.FileArticles;
import org.dateline.input.InputFormat;
import org.dateline.input.PublicationDateResolver;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/**
 * Reads one listed file into article rows on an executor, with the CLI's own readers and date rules, so a JSONL
 * line or CSV row without an id gets the id the CLI gives it (file name and line number). Rows stream out as the
 * file is read; a file of any size costs the memory of one article.
 */
final class FileReading implements FlatMapFunction<Row, Row> {

  /** One listed file: {@link InputListing.Listed} as a row. */
  static final StructType FILES = new StructType()
      .add("file", IntegerType, false)
      .add("name", StringType, false)
      .add("source", StringType, false)
      .add("format", StringType, false)
      .add("uri", StringType, false);

  private final Broadcast<SerializableConfiguration> conf;
  private final String defaultDate;
  private final InputFields fields;

  FileReading(Broadcast<SerializableConfiguration> conf, String defaultDate, InputFields fields) {
    this.conf = conf;
    this.defaultDate = defaultDate;
    this.fields = fields;
  }

  static Row row(InputListing.Listed f) {
    return RowFactory.create(f.file(), f.name(), f.source(), f.format(), f.uri());
  }

  @Override
  public Iterator<Row> call(Row f) {
    int file = f.getInt(0);
    HadoopFile input = new HadoopFile(f.getString(1), f.getString(2), InputFormat.valueOf(f.getString(3)),
        f.getString(4), conf.value().value());
    PublicationDateResolver dates = new PublicationDateResolver(defaultDate);
    ArticleSource articles = new FileArticles(fields).open(input);
    TaskContext task = TaskContext.get();
    if (task != null) {
      // A task killed half-way through a file must not leave it open.
      task.addTaskCompletionListener((TaskCompletionListener) context -> articles.close());
    }
    return new Iterator<>() {
      private long ordinal;

      @Override
      public boolean hasNext() {
        if (articles.hasNext()) {
          return true;
        }
        articles.close();
        return false;
      }

      @Override
      public Row next() {
        return ArticleRows.of(file, ordinal++, dates.resolve(articles.next()));
      }
    };
  }
}
