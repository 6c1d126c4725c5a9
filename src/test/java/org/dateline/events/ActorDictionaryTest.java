package org.dateline.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.config.ActorFiles;
import org.dateline.config.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading actor and agent dictionaries: Dateline's tables and PETRARCH's format, on small hand-written files. */
class ActorDictionaryTest {

  private static final String PETRARCH_ACTORS = String.join("\n",
      "<!-- A TEST ACTOR DICTIONARY -->",
      "<!-- a comment",
      "     over two lines -->",
      "# a comment line",
      "ARNOR_  [ARN]",
      "GONDOR [GON]  # the first city",
      "+MINAS_TIRITH",
      "+ANORIEN",
      "GOLLUM  # pas 27 Apr 03",
      "+SMEAGOL",
      "\t[HOB < 950601]",
      "\t[HOBGOV 19950601 - 19990815]",
      "\t[HOBREB > 990816]",
      "ZIMBABWE",
      "\t[RHO <790606]",
      "\t[ZBW]",
      "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]",
      "THE_KU [USAEDU]",
      "+K.U.",
      "");
  private static final String PETRARCH_AGENTS = String.join("\n",
      "<!-- A TEST AGENT DICTIONARY -->",
      "!MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES",
      "POLICE {} [ ~COP] # no plural",
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
      "SOLDIER  [~MIL]",
      "AUTHORITY  [~GOV]",
      "!MINST!_OF_SILLY_WALKS [~GOV]",
      "MSF {}  [NGO~]",
      "");

  @TempDir
  Path dir;

  private ActorCoder petrarch() throws IOException {
    Path actors = Files.writeString(dir.resolve("test.actors.txt"), PETRARCH_ACTORS);
    Path agents = Files.writeString(dir.resolve("test.agents.txt"), PETRARCH_AGENTS);
    return coder(List.of(actors), List.of(agents));
  }

  private static ActorFiles files(List<Path> actors, List<Path> agents) {
    return new ActorFiles(actors.stream().map(Path::toString).toList(), agents.stream().map(Path::toString).toList());
  }

  private static ActorCoder coder(List<Path> actors, List<Path> agents) {
    return new ActorCoder(ActorDictionary.load(null, files(actors, agents)));
  }

  private static String code(ActorCoder c, String text, String day) {
    return c.code(text, "", Optional.of(LocalDate.parse(day)));
  }

  @Test
  void petrarchNamesSynonymsAndUnderscoresGiveTheEntrysCode() throws IOException {
    ActorCoder c = petrarch();
    assertEquals("ARN", code(c, "Arnor", "1995-01-01"));
    assertEquals("GON", code(c, "Minas Tirith", "1995-01-01"));
    assertEquals("GON", code(c, "the people of Anorien", "1995-01-01"));
    assertEquals("USAEDU", code(c, "The K.U. basketball team", "1995-01-01"));
    assertEquals("", code(c, "a tree", "1995-01-01"));
  }

  @Test
  void dateRestrictedCodesHoldOnTheArticlesDay() throws IOException {
    ActorCoder c = petrarch();
    assertEquals("HOB", code(c, "Gollum", "1992-01-02"));
    assertEquals("HOBGOV", code(c, "Smeagol", "1995-06-01"), "a range includes its first day");
    assertEquals("HOBGOV", code(c, "Gollum", "1999-08-14"));
    assertEquals("", code(c, "Gollum", "1999-08-15"), "and excludes its last");
    assertEquals("HOBREB", code(c, "Gollum", "1999-08-16"));
    assertEquals("RHO", code(c, "Zimbabwe", "1979-01-01"));
    assertEquals("ZBW", code(c, "Zimbabwe", "1995-01-01"), "the undated code when no restriction holds");
    assertEquals("ZBW", c.code("Zimbabwe", "", Optional.empty()), "and when the article has no date");
    assertEquals("IGOUNO", code(c, "Kofi Annan", "2000-01-01"), "several codes on one line");
    assertEquals("ELI", code(c, "Kofi Annan", "2010-01-01"));
  }

  @Test
  void agentsFollowTheCountryOrPrecedeItAndTakePluralsAndSubstitutions() throws IOException {
    ActorCoder c = petrarch();
    assertEquals("GONCOP", code(c, "Gondor police", "1995-01-01"));
    assertEquals("ARNMIL", code(c, "Arnor soldiers", "1995-01-01"), "regular plural");
    assertEquals("ARNGOV", code(c, "the Arnor authorities", "1995-01-01"), "-y to -ies");
    assertEquals("ARNJUD", code(c, "Arnor's attorneys general", "1995-01-01"), "irregular plural in {}");
    assertEquals("ARN", code(c, "Arnor polices", "1995-01-01"), "{} adds no plural: 'polices' is no agent");
    assertEquals("ARNGOV", code(c, "The Arnor Ministry of Silly Walks", "1995-01-01"));
    assertEquals("ARNGOV", code(c, "the Arnor Minister of Silly Walks", "1995-01-01"));
    assertEquals("NGOARN", code(c, "MSF Arnor", "1995-01-01"));
    assertEquals("---MIL", code(c, "the soldiers", "1995-01-01"), "an agent without a country");
  }

  @Test
  void dateLinesParseAllThreeRestrictions() {
    DictionaryLine at = new DictionaryLine("t", 1, "x");
    DatedCode before = DatedCode.parse("HOB <950601", at);
    assertTrue(before.holdsOn(LocalDate.of(1995, 5, 31)) && !before.holdsOn(LocalDate.of(1995, 6, 1)));
    DatedCode after = DatedCode.parse("HOBREB >20130119", at);
    assertTrue(after.holdsOn(LocalDate.of(2013, 1, 19)) && !after.holdsOn(LocalDate.of(2013, 1, 18)));
    assertEquals(LocalDate.of(2030, 12, 31), DatedCode.parse("X 301231-311231", at).from(), "00-30 is 20YY");
    assertEquals(LocalDate.of(1931, 12, 31), DatedCode.parse("X 301231-311231", at).until(), "31-99 is 19YY");
  }

  @Test
  void aMalformedLineFailsWithItsFileAndLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.actors.txt"), "ARNOR [ARN]\n\tGONDOR [GON\n");
    assertTrue(failure(List.of(bad), List.of()).startsWith(bad + ":2: "));
    Path date = Files.writeString(dir.resolve("date.actors.txt"), "ARNOR\n+ARNORIAN\n\t[ARN 2004017-20061201]\n");
    String message = failure(List.of(date), List.of());
    assertTrue(message.startsWith(date + ":3: ") && message.contains("YYMMDD"), message);
    Path agents = Files.writeString(dir.resolve("bad.agents.txt"), "# agents\nPOLICE\n");
    assertTrue(failure(List.of(), List.of(agents)).startsWith(agents + ":2: "));
    Path table = Files.writeString(dir.resolve("bad.tsv"), "name\tcode\tkind\nGondor GON\n");
    message = failure(List.of(table), List.of());
    assertTrue(message.startsWith(table + ":2: ") && message.contains("tabs"), message);
  }

  private static String failure(List<Path> actors, List<Path> agents) {
    return assertThrows(UsageException.class, () -> ActorDictionary.load(null, files(actors, agents))).getMessage();
  }

  @Test
  void dictionaryTablesReadDatedCodesDemonymPluralsAndAgentPlacement() throws IOException {
    Path actors = Files.writeString(dir.resolve("my.tsv"), "# mine\nname\tcode\tkind\n"
        + "Gondor\tGON\tcountry\nGondorian\tGON\tdemonym\nDenethor\tGONGOV <20190101\tactor\nDenethor\tGON\tactor\n");
    Path agents = Files.writeString(dir.resolve("my-agents.tsv"), "phrase\tagent\nranger\tMIL\nwhite council\tNGO~\n");
    ActorCoder c = coder(List.of(actors), List.of(agents));
    assertEquals("GONMIL", code(c, "Gondorian rangers", "2020-01-01"));
    assertEquals("GON", code(c, "the Gondorians", "2020-01-01"));
    assertEquals("GONGOV", code(c, "Denethor", "2018-12-31"));
    assertEquals("GON", code(c, "Denethor", "2019-01-01"));
    assertEquals("NGOGON", code(c, "the White Council of Gondor", "2020-01-01"));
  }

  @Test
  void aModelsCopyIsReadWithoutRebuildingAndFallsBackToTheBundledTables() throws IOException {
    Path events = Files.createDirectories(dir.resolve("models/events"));
    Files.writeString(events.resolve("actors.tsv"), "name\tcode\tkind\nGondor\tGON\tcountry\n");
    ActorCoder edited = new ActorCoder(ActorDictionary.load(dir.resolve("models").toString(), ActorFiles.BUNDLED));
    assertEquals("GONCOP", code(edited, "Gondor police", "2020-01-01"), "agents.tsv is missing: the bundled one");
    assertEquals("", code(edited, "Russia", "2020-01-01"), "the copy's actors.tsv replaces the bundled one");
  }

  @Test
  void aLaterFilesEntryReplacesAnEarlierOne() throws IOException {
    Path first = Files.writeString(dir.resolve("a.txt"), "ARNOR [ARN]\n");
    Path second = Files.writeString(dir.resolve("b.txt"), "ARNOR [ARNGOV]\n");
    ActorCoder c = coder(List.of(first, second), List.of());
    assertEquals("ARNGOV", code(c, "Arnor", "2020-01-01"));
  }
}
