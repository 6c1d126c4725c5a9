package org.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads the real evaluation gold beside the project (never copied into it) and checks the counts the
 * READMEs give and that the gold scored against itself is perfect. Skipped when the data are absent.
 */
class GoldDataTest {

  private static final Path DATA = Path.of("..", "shared", "data");

  @Test
  void nerDevCountsAndSelfScore() throws Exception {
    NerScorer scorer = scoreNer(DATA.resolve("ner-dev/ner-dev.jsonl"), 216);
    assertEquals(new Score("PER", 1842, 0, 0), scorer.score("PER"));
    assertEquals(new Score("LOC", 1837, 0, 0), scorer.score("LOC"));
    assertEquals(new Score("ORG", 1341, 0, 0), scorer.score("ORG"));
  }

  @Test
  void nerGumDevCountsAndSelfScore() throws Exception {
    NerScorer scorer = scoreNer(DATA.resolve("ner-dev/ner-gum-dev.jsonl"), 12);
    assertEquals(223 + 160 + 163, scorer.micro().tp());
  }

  @Test
  void timexDevCountsAndSelfScore() throws Exception {
    Path file = DATA.resolve("timex-dev/timex-dev.jsonl");
    assumeTrue(Files.isRegularFile(file), "no " + file);
    TimexScorer dateTime = new TimexScorer();
    TimexScorer all = new TimexScorer(TimexScorer.ALL_TYPES);
    int docs = 0;
    try (Stream<GoldDocument> stream = GoldReader.stream(file)) {
      for (GoldDocument doc : (Iterable<GoldDocument>) stream::iterator) {
        dateTime.add(doc, doc.spans());
        all.add(doc, doc.spans());
        docs++;
      }
    }
    assertEquals(256, docs);
    TimexScore s = dateTime.score();
    assertEquals(1535, s.strict().gold());
    assertEquals(1822, all.score().strict().gold());
    for (Score row : s.rows()) {
      assertEquals(1.0, row.f1(), row.label());
    }
    assertEquals(1.0, s.typeAccuracy());
    assertEquals(1.0, s.valueAccuracy());
  }

  private static NerScorer scoreNer(Path file, int expectedDocs) throws Exception {
    assumeTrue(Files.isRegularFile(file), "no " + file);
    NerScorer scorer = new NerScorer();
    List<GoldDocument> docs;
    try (Stream<GoldDocument> stream = GoldReader.stream(file)) {
      docs = stream.toList();
    }
    assertEquals(expectedDocs, docs.size());
    docs.forEach(doc -> scorer.add(doc, doc.spans()));
    assertEquals(1.0, scorer.micro().f1());
    assertEquals(0, scorer.micro().fp() + scorer.micro().fn());
    return scorer;
  }
}
