package org.dateline.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.config.Extraction;
import org.dateline.doc.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every task that scores document subsets gets its figures on the whole set and on both fixed halves. */
class HalvesTest {

  /** Each document is one true positive; the figure counts the documents scored. */
  private static final class Counting implements EvalTask {
    private final List<String> ids = List.of("d1", "d2", "d3", "d4", "d5", "d6", "d7");

    @Override
    public Set<Extraction> needs() {
      return Set.of();
    }

    @Override
    public List<Article> articles() {
      return ids.stream().map(id -> EvalTask.goldArticle(id, "text", null)).toList();
    }

    @Override
    public Optional<Report> score(Path tables, int errors, Predicate<String> documents) {
      int n = (int) ids.stream().filter(documents).count();
      return Optional.of(new Report("t", List.of(new Score("docs", n, 0, 0))).with("n", n, ""));
    }
  }

  @Test
  void theHalvesSplitTheDocumentsAndRenderBesideTheWholeSet() {
    Report r = Halves.score(new Counting(), Path.of("."), 0);
    long a = List.of("d1", "d2", "d3", "d4", "d5", "d6", "d7").stream().filter(EvalTask::inFirstHalf).count();
    assertEquals(7, r.score("docs").tp());
    assertEquals(a, r.score("docs" + Report.HALF_A).tp());
    assertEquals(7 - a, r.score("docs" + Report.HALF_B).tp());
    assertEquals(7.0, r.figure("n"));
    assertEquals((double) a, r.figure("n" + Report.HALF_A));
    String md = r.render();
    assertTrue(md.contains("| P A | R A | F1 A | P B | R B | F1 B |"), md);
    assertTrue(md.contains("A " + a + ", B " + (7 - a) + " documents"), md);
  }

  @Test
  void aRowOneHalfLacksScoresNothingThere() {
    Report whole = new Report("t", List.of(new Score("type X", 1, 0, 0)));
    Report r = whole.withHalves(whole, new Report("t", List.of()), 1, 1);
    assertTrue(r.render().contains("| type X | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 | 0.000 |"),
        r.render());
  }
}
