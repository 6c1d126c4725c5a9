package org.dateline.identity;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Organization short forms implied within one article, on hand-built key tables of one article: no models. */
class ShortFormsTest {

  @Test
  void theHeadBeforeOfJoinsTheOneOrganizationOfTheArticleItHeads() {
    Map<String, String> s = ShortForms.of(Map.of("ORGANIZATION:house of representatives", "House of Representatives",
        "ORGANIZATION:house", "House", "ORGANIZATION:church", "Church"));
    assertEquals(Map.of("ORGANIZATION:house", "ORGANIZATION:house of representatives"), s);
  }

  @Test
  void twoOrganizationsWithTheHeadOrAnotherTypeJoinNothing() {
    assertEquals(Map.of(), ShortForms.of(Map.of("ORGANIZATION:house of commons", "House of Commons",
        "ORGANIZATION:house of lords", "House of Lords", "ORGANIZATION:house", "House")));
    assertEquals(Map.of(), ShortForms.of(Map.of("ORGANIZATION:bank of england", "Bank of England",
        "PERSON:bank", "Bank")));
  }

  @Test
  void theCampusAloneOrAfterTheInitialsJoinsTheUniversity() {
    String uc = "ORGANIZATION:university of california at berkeley";
    Map<String, String> s = ShortForms.of(Map.of(uc, "University of California at Berkeley",
        "ORGANIZATION:berkeley", "Berkeley", "ORGANIZATION:uc berkeley", "UC Berkeley"));
    assertEquals(Map.of("ORGANIZATION:berkeley", uc, "ORGANIZATION:uc berkeley", uc), s);
    assertEquals(Map.of("ORGANIZATION:davis", "ORGANIZATION:university of california, davis"),
        ShortForms.of(Map.of("ORGANIZATION:university of california, davis", "University of California, Davis",
            "ORGANIZATION:davis", "Davis")));
  }

  @Test
  void theFaithOfAChurchJoinsItButTheComplementOfAnotherHeadDoesNot() {
    assertEquals(Map.of("ORGANIZATION:scientology", "ORGANIZATION:church of scientology"),
        ShortForms.of(Map.of("ORGANIZATION:church of scientology", "Church of Scientology",
            "ORGANIZATION:scientology", "Scientology")));
    assertEquals(Map.of(), ShortForms.of(Map.of("ORGANIZATION:library of congress", "Library of Congress",
        "ORGANIZATION:congress", "Congress")));
  }
}
