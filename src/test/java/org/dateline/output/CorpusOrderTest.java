package org.dateline.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** corpus_entities.csv lists the most-mentioned entities first, whatever their type; ties in a fixed order. */
class CorpusOrderTest {

  @TempDir
  Path dir;

  @Test
  void mostMentionedFirstThenMoreArticlesThenKey() throws IOException {
    try (TableWriters w = new TableWriters(dir, false)) {
      w.write(article(1, entity("LOCATION", "Kyiv", 2), entity("PERSON", "Zelensky", 5),
          entity("ORGANIZATION", "NATO", 3)));
      w.write(article(2, entity("ORGANIZATION", "NATO", 2), entity("PERSON", "Putin", 3),
          entity("PERSON", "Abe", 3)));
    }
    List<String> keys = read(dir.resolve("corpus_entities.csv")).stream().map(r -> r.get("entity_key")).toList();
    // NATO 5 mentions in 2 articles beats Zelensky 5 in 1; Abe and Putin tie on both and go by key.
    assertEquals(List.of("ORGANIZATION:nato", "PERSON:zelensky", "PERSON:abe", "PERSON:putin", "LOCATION:kyiv"),
        keys);
  }

  private static Entity entity(String type, String name, int mentions) {
    return new Entity("e-" + name, type + ":" + name.toLowerCase(), type, "", name, "", mentions, 0, List.of(),
        Set.of(Section.BODY));
  }

  private static ArticleResult article(int n, Entity... entities) {
    Article a = new Article("art-" + n, "in.jsonl:" + n, "", "Some text.", "", "", "", "");
    List<Mention> mentions = List.of();
    return new ArticleResult(a, List.of(), "", 1, 2, new EntityTable(mentions, List.of(entities)), List.of(),
        List.of(), 1);
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }
}
