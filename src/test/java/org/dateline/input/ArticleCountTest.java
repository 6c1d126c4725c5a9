package org.dateline.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The progress total counts what the run will read: files, non-blank JSONL lines, CSV records; stdin unknown. */
class ArticleCountTest {

  @TempDir
  Path dir;

  @Test
  void countsFilesLinesAndRecords() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "One article.");
    Files.writeString(dir.resolve("b.jsonl"), "{\"text\":\"x\"}\n\n{\"text\":\"y\"}\nnot json\n");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.jsonl.gz")))) {
      gz.write("{\"text\":\"x\"}\n{\"text\":\"y\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("d.csv"), "id,text\n1,\"two\nlines\"\n2,plain\n");
    ArticleInputs inputs = ArticleInputs.open(List.of(dir.toString()), null);
    assertEquals(OptionalLong.of(1 + 3 + 2 + 2), inputs.countInBackground().join());
    long read = 0;
    while (inputs.hasNext()) {
      inputs.next();
      read++;
    }
    assertEquals(8, read);
  }

  @Test
  void standardInputHasNoKnownCount() {
    assertEquals(OptionalLong.empty(), ArticleCount.of(List.of(InputFile.standardInput())));
  }
}
