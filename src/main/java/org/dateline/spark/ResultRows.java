package org.dateline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.dateline.doc.ArticleResult;
import org.dateline.output.CorpusTally;
import org.dateline.table.Table;
import org.dateline.table.TableCells;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

/**
 * One article's result as one Spark row: the cells of its articles.csv row and of all its rows in the other
 * tables, as {@link TableCells} makes them for the CLI. Every table is a projection of these rows, so NLP runs
 * once per article whatever the number of tables. {@code speaker_quotes} holds, for each entities row, how many
 * of the article's quotes the entity speaks: the one per-article fact the corpus table needs.
 */
final class ResultRows {

  private static final DataType CELLS = createArrayType(StringType, false);
  private static final DataType ROWS = createArrayType(CELLS, false);

  static final StructType SCHEMA = new StructType()
      .add("file", IntegerType, false)
      .add("ordinal", LongType, false)
      .add("article", CELLS, false)
      .add(field(Table.MENTIONS), ROWS, false)
      .add(field(Table.ENTITIES), ROWS, false)
      .add(field(Table.QUOTES), ROWS, false)
      .add(field(Table.EVENTS), ROWS, false)
      .add("speaker_quotes", createArrayType(IntegerType, false), false);

  private ResultRows() {
  }

  /** The column holding a table's rows: its file name without ".csv". */
  static String field(Table table) {
    return table.fileName().replace(".csv", "");
  }

  static Row of(int file, long ordinal, ArticleResult r, boolean timings) {
    List<List<String>> entities = TableCells.entities(r);
    List<List<String>> quotes = TableCells.quotes(r);
    int speaker = Table.QUOTES.indexOf("speaker_entity_id");
    Map<String, Integer> spoken = CorpusTally.quotesBySpeaker(quotes.stream().map(q -> q.get(speaker)).toList());
    int entityId = Table.ENTITIES.indexOf("entity_id");
    List<Integer> speakerQuotes = new ArrayList<>();
    for (List<String> e : entities) {
      speakerQuotes.add(spoken.getOrDefault(e.get(entityId), 0));
    }
    return RowFactory.create(file, ordinal, seq(TableCells.article(r, timings)), rows(TableCells.mentions(r)),
        rows(entities), rows(quotes), rows(TableCells.events(r)), seq(speakerQuotes));
  }

  /** Spark's row encoder takes Scala sequences for array columns, not Java lists. */
  private static <T> Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list);
  }

  private static Seq<Seq<String>> rows(List<List<String>> rows) {
    return seq(rows.stream().map(ResultRows::seq).toList());
  }
}
