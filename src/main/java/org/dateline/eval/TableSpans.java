package org.dateline.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads predictions back from a run's {@code mentions.csv}, so that what is scored is exactly what a user gets.
 * Only name mentions count for NER (a linked "the president" is not a named entity); offsets are code points.
 */
final class TableSpans {

  private TableSpans() {
  }

  static Map<String, List<Span>> read(Path tablesDir, Set<String> types, boolean namesOnly) {
    Path file = tablesDir.resolve("mentions.csv");
    Map<String, List<Span>> byArticle = new HashMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord row : format.parse(r)) {
        if (!types.contains(row.get("type")) || (namesOnly && !row.get("mention_kind").equals("name"))) {
          continue;
        }
        byArticle.computeIfAbsent(row.get("article_id"), k -> new ArrayList<>())
            .add(new Span(Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end")), row.get("type"),
                row.get("normalized")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": run extract into that folder first", e);
    }
    return byArticle;
  }
}
