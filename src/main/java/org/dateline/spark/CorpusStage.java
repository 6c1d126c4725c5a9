package org.dateline.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.output.CorpusTally;
import org.dateline.table.Table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

/**
 * corpus_entities at any scale, counted by the CLI's own {@link CorpusTally}: entities rows are shuffled by
 * {@code entity_key} and sorted by key, then input order, so each task streams through its keys one at a time
 * and holds one key's tally, never the corpus. Aliases thus keep the CLI's first-seen order.
 */
final class CorpusStage implements MapPartitionsFunction<Row, Row> {

  private static final StructType CORPUS = schema(Table.CORPUS_ENTITIES.columnNames());

  static Dataset<Row> of(Dataset<Row> results) {
    List<String> e = Table.ENTITIES.columnNames();
    Dataset<Row> entities = results
        .select(col("file"), col("ordinal"), col("speaker_quotes"),
            posexplode(col(ResultRows.field(Table.ENTITIES))).as(new String[] {"pos", "cells"}))
        .select(col("file"), col("ordinal"), col("pos"),
            col("cells").getItem(e.indexOf("entity_key")).as("key"),
            col("cells").getItem(e.indexOf("article_id")).as("article_id"),
            col("cells").getItem(e.indexOf("type")).as("type"),
            col("cells").getItem(e.indexOf("name")).as("name"),
            col("cells").getItem(e.indexOf("aliases")).as("aliases"),
            col("cells").getItem(e.indexOf("mentions")).cast("int").as("mentions"),
            col("cells").getItem(e.indexOf("country_code")).as("geo0"),
            col("cells").getItem(e.indexOf("admin1")).as("geo1"),
            col("cells").getItem(e.indexOf("latitude")).as("geo2"),
            col("cells").getItem(e.indexOf("longitude")).as("geo3"),
            col("cells").getItem(e.indexOf("geonames_id")).as("geo4"),
            col("cells").getItem(e.indexOf("feature_code")).as("geo5"),
            col("speaker_quotes").getItem(col("pos")).as("quotes"));
    // The CLI's row order: more mentions, then more articles, then key.
    return entities.repartition(col("key"))
        .sortWithinPartitions("key", "file", "ordinal", "pos")
        .mapPartitions(new CorpusStage(), Encoders.row(CORPUS))
        .orderBy(col("mentions").cast("int").desc(), col("articles").cast("int").desc(), col("entity_key"));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private Row pending = rows.hasNext() ? rows.next() : null;

      @Override
      public boolean hasNext() {
        return pending != null;
      }

      @Override
      public Row next() {
        String key = pending.getAs("key");
        CorpusTally tally = new CorpusTally(pending.getAs("type"));
        Row row = pending;
        pending = null;
        while (row != null && key.equals(row.getAs("key"))) {
          tally.add(row.getAs("article_id"), row.getAs("name"), row.getAs("aliases"), row.<Integer>getAs("mentions"),
              row.<Integer>getAs("quotes"), geoCells(row));
          row = rows.hasNext() ? rows.next() : null;
        }
        pending = row;
        return RowFactory.create(tally.row(key).toArray());
      }
    };
  }

  /** The row's cells of {@link Table#GEO_COLUMNS}, as the CLI's tally reads them from entities.csv. */
  private static List<String> geoCells(Row row) {
    List<String> cells = new java.util.ArrayList<>();
    for (int i = 0; i < Table.GEO_COLUMNS.size(); i++) {
      cells.add(row.<String>getAs("geo" + i));
    }
    return cells;
  }

  private static StructType schema(List<String> columns) {
    StructType s = new StructType();
    for (String c : columns) {
      s = s.add(c, DataTypes.StringType, false);
    }
    return s;
  }
}
