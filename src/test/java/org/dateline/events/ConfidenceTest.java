package org.dateline.events;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.doc.Coding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event row's confidence: the measured precision of its (type, rule kind), else its type's, else all rows'. */
class ConfidenceTest {

  private static final Coding SUPPORT = new Coding("050", "05", "SUPPORT", 1, 3.5);
  private static final Coding STATEMENT = new Coding("010", "01", "", 1, 0.0);

  @TempDir
  Path dir;

  @Test
  void theMostSpecificMeasuredFigureApplies() throws Exception {
    Files.createDirectories(dir.resolve("events"));
    Files.writeString(dir.resolve("events/confidence.tsv"), "# how it was derived\ntype\tkind\tprecision\tcredit\t"
        + "rows\n*\t*\t0.70\t7\t10\nSUPPORT\t*\t0.80\t8\t10\nSUPPORT\tpattern\t0.90\t9\t10\n");
    Confidence c = Confidence.load(dir.toString());
    assertEquals(0.90, c.of(SUPPORT, "petrarch2 SUPPORT: * EFFORT"), 1e-9);
    assertEquals(0.80, c.of(SUPPORT, "petrarch2-verbs: support"), 1e-9);
    assertEquals(0.70, c.of(STATEMENT, "petrarch2-verbs: say"), 1e-9);
  }

  @Test
  void aModelsCopyWithoutTheTableGivesNoFigure() {
    assertTrue(Double.isNaN(Confidence.load(dir.toString()).of(SUPPORT, "nouns: aid")));
  }

  @Test
  void ruleKindsAreReadFromTheRuleCell() {
    assertEquals("noun", Confidence.kind("nouns: talks with light verb hold"));
    assertEquals("verb", Confidence.kind("petrarch2-verbs: release; intent: planned 084"));
    assertEquals("verb", Confidence.kind("dateline-verbs: urge"));
    assertEquals("pattern", Confidence.kind("dateline-patterns: * TIES"));
    assertEquals("pattern", Confidence.kind("petrarch2 SIGN: * &TREATY"));
  }

  @Test
  void theBundledTableCoversEveryRow() {
    assertTrue(Lexicon.load(null).confidence().of(STATEMENT, "petrarch2-verbs: say") > 0);
  }
}
