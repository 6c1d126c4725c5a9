package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.dateline.doc.EntityTable;
import org.junit.jupiter.api.Test;

/** Names the text uses as sites by their construction borrow their town ({@link SiteUse}); invented names. */
class SiteUseTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tBrooklyn\t\t40.6501\t-73.94958\tUS\tNew York\t2300664\tPPLA2",
      "3\tCharleston\t\t38.34982\t-81.63262\tUS\tWest Virginia\t51400\tPPLA",
      "\tUnited States\t\t39.76\t-98.5\tUS\t\t310232863\tPCLI");

  private final Geocoder geocoder;

  SiteUseTest() throws IOException {
    geocoder = new Geocoder(Gazetteer.read("test", new BufferedReader(new StringReader(PLACES))), Map.of());
  }

  /** The entities of the names written in {@code text} (each "Type:Name" once, in order), geocoded. */
  private EntityTable geocoded(String text, String... typedNames) {
    return geocoder.geocode(text, NearbyPlaceTest.named(text, typedNames));
  }

  @Test
  void aNameListedBesideAFacilityIsABuildingOfTheArticlesTown() {
    String text = "Brooklyn fans cheered. Audits will cover the Rowan Library; Ashgrove NS; the Old Mill. "
        + "The campus holds a new Birch Support Centre and the recently restored Ivy House. "
        + "Acme Holdings and Birch Partners paid.";
    EntityTable t = geocoded(text, "LOCATION:Brooklyn", "ORGANIZATION:Ashgrove NS", "ORGANIZATION:Ivy House",
        "ORGANIZATION:Acme Holdings", "ORGANIZATION:Birch Partners");
    assertEquals("Brooklyn", t.geo().of("e2").orElseThrow().name(), "after a library, before nothing placed");
    assertTrue(t.geo().of("e2").orElseThrow().isBorrowed());
    assertEquals("Brooklyn", t.geo().of("e3").orElseThrow().name(), "after a centre, past 'and the recently'");
    assertTrue(t.geo().of("e4").isEmpty(), "a list of firms is no list of buildings");
    assertTrue(t.geo().of("e5").isEmpty());
  }

  @Test
  void anOrganizationAfterAtLiesInTheTownNamedRightAfterIt() {
    String text = "Brooklyn fans cheered. Delegates met at the Ruritanian Council in Charleston. "
        + "An economist at Acme Holdings spoke.";
    EntityTable t = geocoded(text, "LOCATION:Brooklyn", "ORGANIZATION:Ruritanian Council",
        "LOCATION:Charleston", "ORGANIZATION:Acme Holdings");
    assertEquals("Charleston", t.geo().of("e2").orElseThrow().name(), "the town its text puts it in");
    assertTrue(t.geo().of("e4").isEmpty(), "no town named after it: an employer, not a site");
  }

  @Test
  void anOrganizationAfterAtAfterADateOrInsideANameIsASiteOfTheArticlesTown() {
    String text = "Brooklyn fans cheered. The show opens on June 9 at Elm Works. The Arcade at Oakmere sells "
        + "bread. Officials at the Acme Ministry agreed.";
    EntityTable t = geocoded(text, "LOCATION:Brooklyn", "ORGANIZATION:Elm Works", "ORGANIZATION:Oakmere",
        "ORGANIZATION:Acme Ministry");
    assertEquals("Brooklyn", t.geo().of("e2").orElseThrow().name(), "an event's site after its dates");
    assertEquals("Brooklyn", t.geo().of("e3").orElseThrow().name(), "a site named after the place it is at");
    assertTrue(t.geo().of("e4").isEmpty(), "a sentence's first word is no name before 'at'");
  }

  @Test
  void anOrganizationAfterAVerbOfTravelAndToIsItsGoal() {
    String text = "Brooklyn fans cheered. Pupils can cycle to Elmway. Ann went to Acme Partners.";
    EntityTable t = geocoded(text, "LOCATION:Brooklyn", "ORGANIZATION:Elmway", "ORGANIZATION:Acme Partners");
    assertEquals("Brooklyn", t.geo().of("e2").orElseThrow().name(), "where pupils cycle to");
    assertTrue(t.geo().of("e3").isEmpty(), "'go to' joins a firm or school as often as it reaches a place");
  }
}
