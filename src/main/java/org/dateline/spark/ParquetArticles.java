package org.dateline.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dateline.config.InputFields;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;
import org.dateline.input.InputRecords;
import org.dateline.input.PublicationDateResolver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Articles from Parquet files with the columns of a JSONL record ({@code text}; optional {@code id}, {@code title},
 * {@code date}, {@code url}; others ignored). Spark reads them in parallel; each row becomes the article a JSONL
 * line would, and a row without an id is named by its file and row number (from 1), as a line by its line number.
 */
final class ParquetArticles implements MapPartitionsFunction<Row, Row> {

  private static final List<String> FIELDS = List.of("id", "title", "text", "date", "url");

  private final String defaultDate;
  /** The listed Parquet files by {@link InputListing.Listed#key}: what names a row's file, ids and sources. */
  private final Map<String, InputListing.Listed> files;

  private ParquetArticles(String defaultDate, Map<String, InputListing.Listed> files) {
    this.defaultDate = defaultDate;
    this.files = files;
  }

  static Dataset<Row> read(SparkSession spark, List<InputListing.Listed> files, String defaultDate,
                           InputFields fields) {
    Dataset<Row> raw = spark.read().parquet(files.stream().map(InputListing.Listed::uri).toArray(String[]::new));
    List<String> found = Arrays.asList(raw.columns());
    if (!found.contains(fields.text())) {
      throw new UsageException("Parquet input " + files.get(0).source() + " has no '" + fields.text() + "' column "
          + "(columns found: " + String.join(", ", found) + "); name its text column with --text-column");
    }
    // The record's own names (--text-column ...) are read under the canonical ones the rows below use.
    List<String> given = List.of(fields.id(), fields.title(), fields.text(), fields.date(), fields.url());
    List<Column> select = new ArrayList<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      String name = given.get(i);
      select.add((found.contains(name) ? col(name) : lit(null)).cast("string").as(FIELDS.get(i)));
    }
    select.add((found.contains(InputFields.OUTLET) ? col(InputFields.OUTLET) : lit(null)).cast("string")
        .as(InputFields.OUTLET));
    select.add(col("_metadata.file_path").as("uri"));
    select.add(col("_metadata.row_index").as("row"));
    Map<String, InputListing.Listed> byKey = new HashMap<>();
    files.forEach(f -> byKey.put(InputListing.Listed.key(f.uri()), f));
    return raw.select(select.toArray(Column[]::new))
        .mapPartitions(new ParquetArticles(defaultDate, byKey), Encoders.row(ArticleRows.SCHEMA));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    PublicationDateResolver dates = new PublicationDateResolver(defaultDate);
    return LazyMap.of(rows, r -> {
      InputListing.Listed file = files.get(InputListing.Listed.key(r.getAs("uri")));
      if (file == null) {
        // Spark named the file otherwise than its listing did: fail loudly rather than lose its rows.
        throw new IllegalStateException("Parquet file " + r.getAs("uri") + " is not in the input listing");
      }
      long row = r.<Long>getAs("row");
      return ArticleRows.of(file.file(), row, dates.resolve(article(file, r, row + 1)));
    });
  }

  private static Article article(InputListing.Listed file, Row r, long number) {
    String generatedId = file.name() + ":" + number;
    String source = file.source() + ":" + number;
    String text = r.getAs("text");
    if (text == null) {
      return Article.unreadable(generatedId, source, "row " + number + " of " + file.source()
          + " has no text; fill in its 'text' or remove the row");
    }
    String outlet = r.getAs(InputFields.OUTLET);
    return InputRecords.article(generatedId, source, r.getAs("id"), r.getAs("title"), text, r.getAs("date"),
        r.getAs("url")).withOutlet(outlet == null ? "" : outlet);
  }
}
