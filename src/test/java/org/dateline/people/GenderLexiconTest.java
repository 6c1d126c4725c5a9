package org.dateline.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.config.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled name table, the user's overrides in a models folder, and errors naming the file and line. */
class GenderLexiconTest {

  @Test
  void theBundledTableKnowsCommonNamesAndLeavesOutUnisexOnes() {
    GenderLexicon lexicon = GenderLexicon.load(null);
    assertEquals("female", lexicon.firstName("Mary"));
    assertEquals("male", lexicon.firstName("JOHN"));
    assertEquals("", lexicon.firstName("Taylor"));
    assertEquals("female", lexicon.honorific("Mrs."));
    assertEquals("male", lexicon.title("king"));
  }

  @Test
  void theUsersExtraFileOverridesAndRemovesNames(@TempDir Path models) throws IOException {
    Files.createDirectories(models.resolve("people"));
    Files.writeString(models.resolve("people/first-names-extra.tsv"), "name\tgender\nandrea\tmale\nmary\t\n");
    GenderLexicon lexicon = GenderLexicon.load(models.toString());
    assertEquals("male", lexicon.firstName("Andrea"));
    assertEquals("", lexicon.firstName("Mary"));
    assertEquals("male", lexicon.firstName("John"));
  }

  @Test
  void aBadLineIsAUsageErrorNamingFileAndLine(@TempDir Path models) throws IOException {
    Files.createDirectories(models.resolve("people"));
    Files.writeString(models.resolve("people/first-names-extra.tsv"), "name\tgender\nandrea\tman\n");
    UsageException e = assertThrows(UsageException.class, () -> GenderLexicon.load(models.toString()));
    assertTrue(e.getMessage().contains("first-names-extra.tsv line 2"), e.getMessage());
  }
}
