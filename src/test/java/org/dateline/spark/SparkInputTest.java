package org.dateline.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dateline.config.InputFields;
import org.dateline.config.Options;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;
import org.dateline.input.ArticleInputs;
import org.dateline.run.DuplicateIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job reads the articles the CLI reads, with the same ids (generated ones and renamed repeats), sources,
 * dates and failures, from every format; and Parquet rows become articles as JSONL lines do. No NLP: fast.
 */
class SparkInputTest {

  private static final String DATE = "2020-01-01";
  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("input-test").config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void readsWhatTheCliReadsWithTheSameIds() throws IOException {
    write("in/a.jsonl", "{\"id\":\"x\",\"text\":\"One.\"}\n{\"text\":\"Two.\",\"date\":\"2024-01-02\"}\n\n{bad\n"
        + "{\"id\":\"x\",\"text\":\"Three.\"}\n");
    write("in/b.csv", "id,text,title\n,Four.,T4\nx,Five.,T5\n");
    write("in/sub/c.txt", "Six, on 3 March 2021.");
    write("in/d.html", "<html><head><title>Seven</title></head><body><article><p>Seven.</p></article></body></html>");
    List<String> inputs = List.of(dir.resolve("in").toString(), dir.resolve("in/sub/c.txt").toString());

    List<Article> cli = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    try (ArticleInputs in = ArticleInputs.open(inputs, DATE)) {
      in.forEachRemaining(a -> cli.add(DuplicateIds.numbered(a, seen.merge(a.id(), 1, Integer::sum))));
    }
    List<Article> read = read(inputs);
    assertEquals(cli, read);
    assertEquals(List.of("x", "a.jsonl:2", "a.jsonl:4", "x~2", "b.csv:2", "x~3", "d.html", "sub/c.txt",
        "c.txt"), read.stream().map(Article::id).toList());
  }

  @Test
  void parquetRowsAreArticlesNumberedByRow() {
    StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType)
        .add("date", DataTypes.StringType).add("extra", DataTypes.StringType);
    List<Row> rows = List.of(RowFactory.create(7L, "One.", "2024-05-06", "-"),
        RowFactory.create(null, "Two.", null, "-"), RowFactory.create(null, null, null, "-"));
    Path folder = dir.resolve("p.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(folder.toString());

    List<Article> read = read(List.of(dir.toString()));
    String part = read.get(1).id().substring(0, read.get(1).id().lastIndexOf(':'));
    assertTrue(part.startsWith("p.parquet/part-") && part.endsWith(".parquet"), part);
    assertEquals(List.of("7", part + ":2", part + ":3"), read.stream().map(Article::id).toList());
    assertEquals(List.of("2024-05-06", DATE, ""), read.stream().map(Article::published).toList());
    assertEquals(dir + "/" + part + ":2", read.get(1).source());
    assertEquals("row 3 of " + dir + "/" + part + " has no text; fill in its 'text' or remove the row",
        read.get(2).error());
  }

  @Test
  void globsAreThePathsTheyMatch() throws IOException {
    write("g/a.txt", "A.");
    write("g/b.txt", "B.");
    write("g/c.html", "<p>C.</p>");
    assertEquals(List.of("a.txt", "b.txt"), read(List.of(dir.resolve("g").toString() + "/*.txt")).stream()
        .map(Article::id).toList());
    String none = dir.resolve("g").toString() + "/*.csv";
    assertTrue(assertThrows(UsageException.class, () -> read(List.of(none))).getMessage().contains(none));
  }

  @Test
  void usageErrorsNameTheInput() throws IOException {
    String missing = dir.resolve("nope").toString();
    assertTrue(assertThrows(UsageException.class, () -> read(List.of(missing))).getMessage().contains(missing));
    Path csv = write("t.csv", "title\nNo text\n");
    assertTrue(assertThrows(UsageException.class, () -> read(List.of(csv.toString()))).getMessage()
        .contains("no 'text' column"));
  }

  @Test
  void fieldNamesOfTheRecordsAreGiven() throws IOException {
    InputFields named = new InputFields("key", "body", "headline", "day", "link");
    write("in/a.jsonl", "{\"key\":\"j1\",\"body\":\"From JSONL.\",\"headline\":\"H\",\"link\":\"https://x.org/a\"}\n");
    write("in/b.csv", "key,Body,headline,outlet\nc1,From CSV.,T,The Paper\n");
    StructType schema = new StructType().add("key", DataTypes.StringType).add("body", DataTypes.StringType)
        .add("day", DataTypes.StringType);
    spark.createDataFrame(List.of(RowFactory.create("p1", "From Parquet.", "2024-05-06")), schema)
        .write().parquet(dir.resolve("in/c.parquet").toString());
    List<Article> articles = read(List.of(dir.resolve("in").toString()), named);
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    assertEquals("From JSONL.", byId.get("j1").text());
    assertEquals("H", byId.get("j1").title());
    assertEquals("https://x.org/a", byId.get("j1").url());
    assertEquals("From CSV.", byId.get("c1").text(), "CSV headers match ignoring case");
    assertEquals("The Paper", byId.get("c1").outlet(), "a record's own outlet is kept");
    assertEquals("From Parquet.", byId.get("p1").text());
    assertEquals("2024-05-06", byId.get("p1").published());
    Path csv = write("t/t.csv", "key,text\nk,No body\n");
    assertTrue(assertThrows(UsageException.class, () -> read(List.of(csv.toString()), named)).getMessage()
        .contains("body"));
  }

  private static List<Article> read(List<String> inputs) {
    return read(inputs, Options.INPUT_FIELDS);
  }

  /** The articles as the job hands them to NLP: repeats numbered, in input order. */
  private static List<Article> read(List<String> inputs, InputFields fields) {
    SparkJob job = new SparkJob(spark);
    List<InputListing.Listed> files = InputListing.list(inputs, spark.sparkContext().hadoopConfiguration(), fields);
    List<Row> rows = new ArrayList<>(SparkJob.numbered(job.articles(files, DATE, 3, fields), 3).collectAsList());
    rows.sort(Comparator.comparing((Row r) -> r.<Integer>getAs("file")).thenComparing(r -> r.<Long>getAs("ordinal")));
    return rows.stream().map(r -> DuplicateIds.numbered(ArticleRows.article(r), r.<Integer>getAs("n"))).toList();
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
    return file;
  }
}
