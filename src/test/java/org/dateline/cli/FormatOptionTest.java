package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** An unknown --format stops the run before any model is loaded, writing nothing. */
class FormatOptionTest {

  @TempDir
  Path dir;

  @Test
  void anUnknownFormatIsAUsageErrorAndNothingIsWritten() throws Exception {
    Path input = Files.writeString(dir.resolve("a.txt"), "Text.");
    Path out = dir.resolve("out");
    assertEquals(2, Main.run("extract", "--format", "csv,xls", "--out", out.toString(), input.toString()));
    assertFalse(Files.exists(out));
  }
}
