package org.dateline.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.table.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's Parquet tables are typed as the CLI's: numbers, booleans, arrays, nulls, codes kept as strings. */
class TypedParquetTest {

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[1]").appName("typed-test").config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void parquetColumnsAreTypedAndCsvCellsStayText() {
    StructType text = new StructType();
    for (String name : Table.ENTITIES.columnNames()) {
      text = text.add(name, DataTypes.StringType);
    }
    List<String> cells = new ArrayList<>();
    for (String name : Table.ENTITIES.columnNames()) {
      cells.add(switch (name) {
        case "article_id" -> "007";
        case "mentions" -> "12";
        case "aliases" -> "Ada | Ada Lovelace";
        default -> "";
      });
    }
    Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(cells.toArray())), text);
    TableOutput out = TableOutput.prepare(dir.resolve("out").toString(), Set.of("csv", "parquet"), false,
        new Configuration());
    out.write(Table.ENTITIES, rows);
    Row back = spark.read().parquet(dir.resolve("out/entities.parquet").toString()).first();
    StructType schema = back.schema();
    assertEquals(DataTypes.StringType, schema.apply("article_id").dataType());
    assertEquals(DataTypes.LongType, schema.apply("mentions").dataType());
    assertEquals(DataTypes.createArrayType(DataTypes.StringType), schema.apply("aliases").dataType());
    assertEquals("007", back.getAs("article_id"));
    assertEquals(12L, (long) back.getAs("mentions"));
    assertEquals(List.of("Ada", "Ada Lovelace"), back.getList(back.fieldIndex("aliases")));
    assertTrue(back.isNullAt(back.fieldIndex("first_start")), "an empty cell is null");
    assertTrue(back.isNullAt(back.fieldIndex("name")), "an empty text cell is null");
    Row csv = spark.read().option("header", "true").csv(dir.resolve("out/entities.csv").toString()).first();
    assertEquals("007", csv.getAs("article_id"));
    assertEquals("Ada | Ada Lovelace", csv.getAs("aliases"));
  }
}
