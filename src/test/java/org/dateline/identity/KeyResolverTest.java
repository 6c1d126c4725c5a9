package org.dateline.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Cross-corpus key resolution on hand-built key tables: no models, no tables. */
class KeyResolverTest {

  /** Each name once, keyed as the extractor keys it: type, then the name in lower case. */
  private static Map<String, String> resolve(AliasTable aliases, String... typedNames) {
    KeyTable t = new KeyTable();
    for (String typed : typedNames) {
      String[] parts = typed.split(":", 2);
      t.add(key(parts[0], parts[1]), parts[1], 1);
    }
    return new KeyResolver(aliases).resolve(t);
  }

  private static Map<String, String> resolve(String... typedNames) {
    return resolve(AliasTable.none(), typedNames);
  }

  private static String key(String type, String name) {
    return type + ":" + name.toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void aBareSurnameJoinsTheOneFullNameWithIt() {
    Map<String, String> r = resolve("PERSON:Volodymyr Zelensky", "PERSON:Zelensky", "PERSON:Mr. Zelensky");
    assertEquals("PERSON:volodymyr zelensky", r.get("PERSON:zelensky"));
    assertEquals("PERSON:volodymyr zelensky", r.get("PERSON:mr. zelensky"));
    assertFalse(r.containsKey("PERSON:volodymyr zelensky"), "the full name keeps its key");
  }

  @Test
  void twoFullNamesSharingASurnameStayApartAndTheSurnameStaysUnresolved() {
    Map<String, String> r = resolve("PERSON:Joe Biden", "PERSON:Hunter Biden", "PERSON:Biden");
    assertEquals(Map.of(), r);
  }

  @Test
  void transliteratedSpellingsAndAccentsFold() {
    Map<String, String> r = resolve("PERSON:Volodymyr Zelenskyy", "PERSON:Volodymyr Zelenskiy",
        "PERSON:Volodymyr Zelenskyi", "PERSON:Zelensky", "PERSON:José Martí", "PERSON:Jose Marti",
        "PERSON:Dmitriy Peskov", "PERSON:Dmitry Peskov");
    String zelensky = r.getOrDefault("PERSON:zelensky", "PERSON:zelensky");
    assertEquals(zelensky, r.getOrDefault("PERSON:volodymyr zelenskyy", "PERSON:volodymyr zelenskyy"));
    assertEquals(zelensky, r.getOrDefault("PERSON:volodymyr zelenskiy", "PERSON:volodymyr zelenskiy"));
    assertEquals(zelensky, r.getOrDefault("PERSON:volodymyr zelenskyi", "PERSON:volodymyr zelenskyi"));
    assertEquals(r.getOrDefault("PERSON:josé martí", "PERSON:josé martí"),
        r.getOrDefault("PERSON:jose marti", "PERSON:jose marti"));
    assertEquals(r.getOrDefault("PERSON:dmitriy peskov", "PERSON:dmitriy peskov"),
        r.getOrDefault("PERSON:dmitry peskov", "PERSON:dmitry peskov"));
  }

  @Test
  void middleNamesJoinUnlessTwoOfThemDisagree() {
    Map<String, String> r = resolve("PERSON:Donald Trump", "PERSON:Donald John Trump", "PERSON:Donald J. Trump",
        "PERSON:Trump");
    assertEquals("PERSON:donald trump", r.get("PERSON:donald john trump"));
    assertEquals("PERSON:donald trump", r.get("PERSON:donald j. trump"));
    assertEquals("PERSON:donald trump", r.get("PERSON:trump"));
    Map<String, String> bushes = resolve("PERSON:George W. Bush", "PERSON:George H. W. Bush", "PERSON:George Bush",
        "PERSON:Bush");
    assertEquals(Map.of(), bushes, "two presidents: nothing is guessed");
  }

  @Test
  void theAliasTableJoinsKnownVariants(@TempDir Path dir) throws IOException {
    Map<String, String> bundled = resolve(AliasTable.load("", List.of()), "ORGANIZATION:United Nations",
        "ORGANIZATION:U.N.", "LOCATION:United States", "LOCATION:U.S", "LOCATION:Calif.", "LOCATION:California");
    assertEquals("ORGANIZATION:united nations", bundled.get("ORGANIZATION:u.n."));
    assertEquals("LOCATION:united states", bundled.get("LOCATION:u.s"));
    assertEquals("LOCATION:california", bundled.get("LOCATION:calif."));
    Path own = dir.resolve("mine.tsv");
    Files.writeString(own, "# mine\nvariant\tname\ttype\nBig Apple\tNew York City\tLOCATION\n");
    Path later = dir.resolve("later.tsv");
    Files.writeString(later, "variant\tname\ttype\nThe Boss\tBruce Springsteen\t\n");
    AliasTable mine = AliasTable.load("", List.of(own.toString(), later.toString()));
    Map<String, String> r = resolve(mine, "LOCATION:New York City", "LOCATION:Big Apple", "PERSON:The Boss",
        "PERSON:Bruce Springsteen", "PERSON:Springsteen");
    assertEquals("LOCATION:new york city", r.get("LOCATION:big apple"));
    assertEquals("PERSON:bruce springsteen", r.get("PERSON:the boss"));
    assertEquals("PERSON:bruce springsteen", r.get("PERSON:springsteen"));
  }

  @Test
  void aMalformedAliasLineIsAUsageErrorNamingTheLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "variant\tname\ttype\nBig Apple\tNew York City\tCITY\n");
    Exception e = assertThrows(org.dateline.config.UsageException.class,
        () -> AliasTable.load("", List.of(bad.toString())));
    assertEquals(true, e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void anOrganizationsShortFormJoinsTheOneNameThatAPlaceOrAHeadExtends() {
    Map<String, String> r = resolve("ORGANIZATION:Boston Red Sox", "LOCATION:Boston", "ORGANIZATION:Red Sox",
        "ORGANIZATION:House of Representatives", "ORGANIZATION:House", "ORGANIZATION:National Democratic Party",
        "ORGANIZATION:Democratic Party", "ORGANIZATION:Straits Times", "ORGANIZATION:Times");
    assertEquals("ORGANIZATION:boston red sox", r.get("ORGANIZATION:red sox"));
    assertEquals("ORGANIZATION:house of representatives", r.get("ORGANIZATION:house"));
    assertFalse(r.containsKey("ORGANIZATION:democratic party"), "a prefix that is no place makes another party");
    assertFalse(r.containsKey("ORGANIZATION:times"));
    Map<String, String> generic = resolve("ORGANIZATION:US Army", "LOCATION:US", "ORGANIZATION:Army",
        "ORGANIZATION:Parliament of Victoria", "ORGANIZATION:Parliament");
    assertEquals(Map.of(), generic, "a generic institution is each country's own");
    Map<String, String> two = resolve("ORGANIZATION:House of Commons", "ORGANIZATION:House of Lords",
        "ORGANIZATION:House");
    assertEquals(Map.of(), two);
  }

  @Test
  void aWordThatIsSomeonesGivenNameIsNoSurname() {
    assertEquals(Map.of(), resolve("PERSON:Seth John", "PERSON:John Bolton", "PERSON:John"));
  }

  @Test
  void typesNeverMix() {
    assertEquals(Map.of(), resolve("PERSON:Washington", "LOCATION:Washington", "ORGANIZATION:Washington"));
  }

  @Test
  void datesAreValuesAndNeverJoinByTheirWording() {
    KeyTable t = new KeyTable();
    t.add("DATE:2019-03-27", "Wednesday", 1);
    t.add("DATE:2019-04-03", "Wednesday", 1);
    assertEquals(Map.of(), new KeyResolver(AliasTable.none()).resolve(t));
  }

  @Test
  void anOrganizationRunIntoAQualifierJoinsTheOneOrganizationBeforeIn() {
    Map<String, String> r = resolve("ORGANIZATION:Massachusetts Institute of Technology in Linguistics",
        "ORGANIZATION:Massachusetts Institute of Technology", "ORGANIZATION:Bank of Spain in Madrid");
    String mit = "ORGANIZATION:massachusetts institute of technology";
    String qualified = mit + " in linguistics";
    assertEquals(r.getOrDefault(mit, mit), r.getOrDefault(qualified, qualified));
    assertEquals(1, r.size());
    assertFalse(r.containsKey("ORGANIZATION:bank of spain in madrid"), "no organization of the corpus before 'in'");
  }

  @Test
  void aTeamNamedByItsPlaceJoinsOtherArticlesTeamsButNotThePlace() {
    KeyTable t = new KeyTable();
    t.add("LOCATION:norway", "Norway", 3);
    t.add("LOCATION:norway" + KeySense.TEAM, "Norway", 5);
    t.add("LOCATION:norge" + KeySense.TEAM, "Norway", 2);
    Map<String, String> r = new KeyResolver(AliasTable.none()).resolve(t);
    assertEquals(Map.of("LOCATION:norge (team)", "LOCATION:norway (team)"), r);
  }

  @Test
  void aFaithAnArticleMadeAnOrganizationJoinsTheOneChurchOfThatFaith() {
    Map<String, String> r = resolve("ORGANIZATION:Church of Zoroastrianism", "ORGANIZATION:Zoroastrianism");
    assertEquals(Map.of("ORGANIZATION:zoroastrianism", "ORGANIZATION:church of zoroastrianism"), r);
  }
}
