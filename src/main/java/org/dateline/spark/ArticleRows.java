package org.dateline.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.dateline.doc.Article;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/**
 * An article as a Spark row, with its place in input order: {@code file} (position of its file in the listing) and
 * {@code ordinal} (its position within the file). That place numbers repeated ids and orders every table.
 */
final class ArticleRows {

  static final StructType SCHEMA = new StructType()
      .add("file", IntegerType, false)
      .add("ordinal", LongType, false)
      .add("id", StringType, false)
      .add("source", StringType, false)
      .add("title", StringType, false)
      .add("text", StringType, false)
      .add("published", StringType, false)
      .add("date_source", StringType, false)
      .add("url", StringType, false)
      .add("error", StringType, false)
      .add("warning", StringType, false)
      .add("outlet", StringType, false);

  private ArticleRows() {
  }

  static Row of(int file, long ordinal, Article a) {
    return RowFactory.create(file, ordinal, a.id(), a.source(), a.title(), a.text(), a.published(), a.dateSource(),
        a.url(), a.error(), a.warning(), a.outlet());
  }

  /** The article of a row that has (at least) the columns of {@link #SCHEMA}, found by name. */
  static Article article(Row r) {
    return new Article(r.getAs("id"), r.getAs("source"), r.getAs("title"), r.getAs("text"), r.getAs("published"),
        r.getAs("date_source"), r.getAs("url"), r.getAs("error"), r.getAs("warning"))
        .withOutlet(r.getAs("outlet"));
  }
}
