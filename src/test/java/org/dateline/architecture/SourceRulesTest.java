package org.dateline.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rules about the main sources that the compiled classes do not show. */
class SourceRulesTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path ADAPTER = MAIN.resolve(Path.of("org", "dateline", "corenlp"));
  private static final int MAX_LINES = 200;

  /** A main source file does one thing: past 200 lines it is split, not grown. */
  @Test
  void noMainSourceFileOver200Lines() {
    assertEquals(List.of(), sources(f -> text(f).lines().count() > MAX_LINES), "files over " + MAX_LINES + " lines");
  }

  /** Paths into CoreNLP's jars (models, gazetteers) and its logger names are the adapter's business too. */
  @Test
  void noPathIntoCoreNlpOutsideTheAdapter() {
    assertEquals(List.of(), sources(f -> !f.startsWith(ADAPTER) && text(f).matches("(?s).*edu[./]stanford.*")),
        "main sources outside org.dateline.corenlp that name CoreNLP's packages or resources");
  }

  private static List<String> sources(Predicate<Path> offending) {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).filter(offending).map(Path::toString).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
