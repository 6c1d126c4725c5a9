package org.dateline.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.doc.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CAMEO lexicon: code tables, patterns, and an edited copy read from a models folder. */
class LexiconTest {

  private static final Lexicon BUNDLED = Lexicon.load(null);

  @Test
  void codesMapToPloverQuadAndGoldstein() {
    assertEquals("SANCTION", BUNDLED.coding("163").orElseThrow().plover());
    assertEquals("RETREAT", BUNDLED.coding("0871").orElseThrow().plover());
    assertEquals("CONCEDE", BUNDLED.coding("081").orElseThrow().plover());
    assertEquals("", BUNDLED.coding("010").orElseThrow().plover());
    assertEquals("ASSAULT", BUNDLED.coding("1712").orElseThrow().plover());
    assertEquals(4, BUNDLED.coding("190").orElseThrow().quadClass());
    assertEquals(-10.0, BUNDLED.coding("190").orElseThrow().goldstein());
    assertTrue(BUNDLED.coding("99").isEmpty());
  }

  @Test
  void patternWordsMustFollowTheVerbInOrder() {
    VerbPattern p = VerbPattern.parse("t", "* {DIPLOMATIC TIES}", "050", false, java.util.Map.of());
    assertTrue(p.matches(List.of(), tokens("full", "diplomatic", "ties"), java.util.Set.of()));
    assertTrue(!p.matches(List.of(), tokens("ties", "diplomatic"), java.util.Set.of()));
    assertEquals(2, p.specificity());
  }

  @Test
  void theObjectWordsOfAPatternAreNotTakenFromAnAdverbialPhrase() {
    VerbPattern p = VerbPattern.parse("t", "* SHOW (OF SUPPORT)", "051", false, java.util.Map.of());
    List<Token> post = tokens("credentials", "in", "show", "of", "support");
    assertTrue(!p.matches(List.of(), post, java.util.Set.of(1, 2, 3, 4)), "show is in the 'in' phrase");
    assertTrue(p.matches(List.of(), post, java.util.Set.of()));
  }

  @Test
  void anEditedCopyInTheModelsFolderIsReadWithoutRebuilding(@TempDir Path dir) throws IOException {
    Path events = Files.createDirectories(dir.resolve("events"));
    for (String f : List.of("verbs.tsv", "verb_patterns.tsv", "synsets.tsv", "roots.tsv", "cameo-plover.tsv",
        "nouns.tsv", "light-verbs.tsv")) {
      try (InputStream in = LexiconTest.class.getResourceAsStream("/models/events/" + f)) {
        Files.copy(in, events.resolve(f));
      }
    }
    Files.writeString(events.resolve("dateline-verbs.tsv"), "lemma\tcameo_code\tnote\nfrobnicate\t190\ttest\n");
    Lexicon edited = Lexicon.load(dir.toString());
    assertEquals("190", edited.verb("frobnicate").orElseThrow().code());
    assertTrue(BUNDLED.verb("frobnicate").isEmpty());
  }

  private static List<Token> tokens(String... words) {
    List<Token> out = new java.util.ArrayList<>();
    for (String w : words) {
      out.add(new Token(out.size(), 0, w, w, "NN", "O", "", 0, 0));
    }
    return out;
  }
}
