package org.dateline.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.config.InputFields;
import org.dateline.config.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunRecordTest {

  @TempDir
  Path dir;

  @Test
  void runJsonIsPublishedWithTheTablesAndCountsThem() throws IOException {
    Path input = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
    Path out = dir.resolve("out");
    RunStart start = RunStart.now(List.of(input.toString(), "-"), Options.DEFAULTS, 2, List.of("csv", "parquet"),
        new InputFields("key", "body", "headline", "date", "url"));
    try (TableWriters w = new TableWriters(out, false).recording(start)) {
      w.write(Results.naming(1, "Ada Lovelace"));
      w.write(Results.failed(2));
      w.write(Results.failed(3));
    }
    assertFalse(Files.exists(out.resolve(OutputFolder.PROGRESS_DIR)), "published, nothing left behind");
    JsonNode run = new ObjectMapper().readTree(out.resolve(RunRecord.FILE_NAME).toFile());
    assertEquals(3, run.at("/articles/read").asInt());
    assertEquals("parquet", run.at("/formats/1").asText());
    assertEquals("body", run.at("/input_fields/text").asText());
    assertEquals("key", run.at("/input_fields/id").asText());
    assertEquals(1, run.at("/articles/ok").asInt());
    assertEquals(2, run.at("/articles/failed").asInt());
    assertEquals(1, run.at("/tables/mentions.csv").asInt());
    assertEquals(1, run.at("/tables/corpus_entities.csv").asInt());
    assertEquals(2, run.at("/failures").size(), "two different errors");
    assertEquals("bad-2", run.at("/failures/0/articles/0").asText());
    assertEquals(3, run.at("/inputs/0/bytes").asInt());
    assertEquals("standard input", run.at("/inputs/1/kind").asText());
    assertEquals(Options.MAX_SENTENCE_TOKENS, run.at("/options/max_sentence_tokens").asInt());
    assertTrue(run.has("java_version") && run.has("started") && run.has("finished"));
    assertTrue(Files.isRegularFile(OutputFolder.textFile(out, "art-1")), "the first articles' texts are kept");
  }

  @Test
  void withoutARecordingNoRunJson() {
    try (TableWriters w = new TableWriters(dir, false)) {
      w.write(Results.naming(1, "Ada Lovelace"));
    }
    assertFalse(Files.exists(dir.resolve(RunRecord.FILE_NAME)));
  }
}
