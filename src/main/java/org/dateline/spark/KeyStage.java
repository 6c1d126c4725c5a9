package org.dateline.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.dateline.identity.Acronyms;
import org.dateline.identity.AliasTable;
import org.dateline.identity.KeyColumns;
import org.dateline.identity.KeyResolver;
import org.dateline.identity.KeyTable;
import org.dateline.table.Table;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * One identity across the corpus, as the CLI resolves it: the distinct keys of the entities rows, with their
 * names counted on the executors, come to the driver as a {@link KeyTable} (one entry per key, not per
 * mention), are resolved there by the CLI's {@link KeyResolver}, and the map from key to resolved key is broadcast
 * to rewrite the key cells of every result row ({@link KeyColumns}), after the acronyms the row's article defines
 * ({@link Acronyms}), as the CLI does.
 */
final class KeyStage implements MapFunction<Row, Row> {

  private final Broadcast<HashMap<String, String>> resolved;

  private KeyStage(Broadcast<HashMap<String, String>> resolved) {
    this.resolved = resolved;
  }

  /** The results with every key cell resolved across the corpus. */
  static Dataset<Row> of(SparkSession spark, Dataset<Row> results, AliasTable aliases) {
    List<String> e = Table.ENTITIES.columnNames();
    KeyTable keys = new KeyTable();
    for (Row r : results.select(explode(col(ResultRows.field(Table.ENTITIES))).as("cells"))
        .select(col("cells").getItem(e.indexOf("entity_key")).as("key"),
            col("cells").getItem(e.indexOf("name")).as("name"))
        .groupBy("key", "name").count().collectAsList()) {
      keys.add(r.getString(0), r.getString(1), r.getLong(2));
    }
    HashMap<String, String> map = new HashMap<>(new KeyResolver(aliases).resolve(keys));
    Broadcast<HashMap<String, String>> b = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())
        .broadcast(map);
    return results.map(new KeyStage(b), Encoders.row(ResultRows.SCHEMA));
  }

  @Override
  public Row call(Row row) {
    Map<String, String> map = resolved.value();
    Map<String, String> local = Acronyms.ofArticle(names(row));
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    for (Table t : KeyColumns.TABLES) {
      int field = row.fieldIndex(ResultRows.field(t));
      List<Integer> columns = KeyColumns.of(t).stream().map(t::indexOf).toList();
      List<Seq<String>> rows = new ArrayList<>();
      for (Seq<String> cells : CollectionConverters.asJava(row.<Seq<Seq<String>>>getAs(field))) {
        List<String> c = new ArrayList<>(CollectionConverters.asJava(cells));
        for (int k : columns) {
          String key = local.getOrDefault(c.get(k), c.get(k));
          c.set(k, map.getOrDefault(key, key));
        }
        rows.add(CollectionConverters.asScala(c).toSeq());
      }
      values[field] = CollectionConverters.asScala(rows).toSeq();
    }
    return RowFactory.create(values);
  }

  /** The article's entity keys with their names, for the acronyms it defines (as the CLI reads them). */
  private static Map<String, String> names(Row row) {
    List<String> e = Table.ENTITIES.columnNames();
    int key = e.indexOf("entity_key");
    int name = e.indexOf("name");
    Map<String, String> names = new TreeMap<>();
    for (Seq<String> cells : CollectionConverters.asJava(
        row.<Seq<Seq<String>>>getAs(row.fieldIndex(ResultRows.field(Table.ENTITIES))))) {
      names.put(cells.apply(key), cells.apply(name));
    }
    return names;
  }
}
