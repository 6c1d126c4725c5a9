package org.dateline.identity;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Acronyms defined within one article, on hand-built key tables of one article: no models. */
class AcronymsTest {

  @Test
  void anAcronymJoinsTheNameOfTheSameArticleItAbbreviates() {
    Map<String, String> a = Acronyms.of(Map.of(
        "ORGANIZATION:massachusetts institute of technology", "Massachusetts Institute of Technology",
        "ORGANIZATION:mit", "MIT",
        "ORGANIZATION:n.a.a.c.p.", "N.A.A.C.P.",
        "ORGANIZATION:national association for the advancement of colored people",
        "National Association for the Advancement of Colored People"));
    assertEquals("ORGANIZATION:massachusetts institute of technology", a.get("ORGANIZATION:mit"));
    assertEquals("ORGANIZATION:national association for the advancement of colored people",
        a.get("ORGANIZATION:n.a.a.c.p."));
    assertEquals(2, a.size());
  }

  @Test
  void aQualifierTheTaggerRanIntoTheNameStillSpellsTheAcronym() {
    Map<String, String> a = Acronyms.of(Map.of(
        "ORGANIZATION:massachusetts institute of technology in linguistics",
        "Massachusetts Institute of Technology in Linguistics", "ORGANIZATION:mit", "MIT"));
    assertEquals("ORGANIZATION:massachusetts institute of technology in linguistics", a.get("ORGANIZATION:mit"));
  }

  @Test
  void anotherTypeTwoCandidatesOrNoCapitalizedNameDefineNothing() {
    assertEquals(Map.of(), Acronyms.of(Map.of("LOCATION:abc", "ABC",
        "ORGANIZATION:american broadcasting company", "American Broadcasting Company")));
    assertEquals(Map.of(), Acronyms.of(Map.of("ORGANIZATION:dpa", "DPA",
        "ORGANIZATION:data protection agency", "Data Protection Agency",
        "ORGANIZATION:democratic party of america", "Democratic Party of America")));
    assertEquals(Map.of(), Acronyms.of(Map.of("ORGANIZATION:ab", "AB",
        "ORGANIZATION:alpha beta", "Alpha beta")));
    assertEquals(Map.of(), Acronyms.of(Map.of("ORGANIZATION:nasa", "NASA")));
  }
}
