package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.junit.jupiter.api.Test;

/** Places the gazetteer lacks borrow the point of their town ({@link NearbyPlace}); hand-built gazetteer, no models. */
class NearbyPlaceTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tBrooklyn\t\t40.6501\t-73.94958\tUS\tNew York\t2300664\tPPLA2",
      "2\tQueens\t\t40.68149\t-73.83652\tUS\tNew York\t2272771\tPPLA2",
      "3\tCharleston\t\t38.34982\t-81.63262\tUS\tWest Virginia\t51400\tPPLA",
      "4\tDerry\t\t54.9981\t-7.30934\tGB\tNorthern Ireland\t83652\tPPL",
      "\tUnited States\t\t39.76\t-98.5\tUS\t\t310232863\tPCLI",
      "\tUnited Kingdom\t\t54.0\t-2.0\tGB\t\t66488991\tPCLI",
      "\tWest Virginia\t\t38.5\t-80.5\tUS\tWest Virginia\t1805832\tADM1");

  private final Geocoder geocoder;

  NearbyPlaceTest() throws IOException {
    geocoder = new Geocoder(Gazetteer.read("test", new BufferedReader(new StringReader(PLACES))), Map.of());
  }

  /** The entities of the names written in {@code text} (each "Type:Name" once, in order), geocoded. */
  private EntityTable geocoded(String text, String... typedNames) {
    return geocoder.geocode(text, named(text, typedNames));
  }

  /** The table of the names written in {@code text} (each "Type:Name" once, in order), one entity each. */
  static EntityTable named(String text, String... typedNames) {
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < typedNames.length; i++) {
      String[] tn = typedNames[i].split(":", 2);
      int at = text.indexOf(tn[1]);
      String id = "e" + (i + 1);
      int sentence = text.substring(0, at).split("\\.\\s+", -1).length - 1; // a sentence ends in a full stop
      mentions.add(new Mention("m" + (i + 1), id, tn[1], tn[0], "", "", "name", at, at + tn[1].length(), sentence,
          Section.BODY));
      entities.add(new Entity(id, tn[0] + ":" + tn[1], tn[0], "", tn[1], "", 1, at, List.of(), Set.of(Section.BODY)));
    }
    return new EntityTable(mentions, entities);
  }

  private static Optional<GeoPoint> of(EntityTable t, String entityId) {
    return t.geo().of(entityId);
  }

  @Test
  void aFacilityLiesAtTheTownNamedAfterIt() {
    EntityTable t = geocoded("Charleston fans met at the Barclays Center in Brooklyn.", "LOCATION:Charleston",
        "ORGANIZATION:Barclays Center", "LOCATION:Brooklyn");
    GeoPoint p = of(t, "e2").orElseThrow();
    assertEquals("Brooklyn", p.name());
    assertEquals(GeoPoint.NEAR, p.featureCode());
    assertEquals("", p.geonamesId(), "no GeoNames id: the point is the town's, not the facility's");
    assertTrue(p.isBorrowed());
  }

  @Test
  void aStreetIsNoPlaceOfItsLeadingWords() {
    EntityTable t = geocoded("A fire on Charleston Avenue, Brooklyn.", "LOCATION:Charleston Avenue",
        "LOCATION:Brooklyn");
    assertEquals("Brooklyn", of(t, "e1").orElseThrow().name(), "not the town the street is named after");
  }

  @Test
  void elseAtTheTownMostOfTheArticlesPlacesLieAround() {
    EntityTable t = geocoded("Charleston. Queens. Brooklyn.\nFitzwilliam Place was closed.",
        "LOCATION:Charleston", "LOCATION:Queens", "LOCATION:Brooklyn", "LOCATION:Fitzwilliam Place");
    assertEquals("Queens", of(t, "e4").orElseThrow().name(), "the first of the two New York boroughs");
    assertEquals("e1", t.geo().mainEntityId(), "a borrowed point decides no main place");
  }

  @Test
  void broadRegionsInstitutionsAndOneWordOrganizationsStayUnplaced() {
    String text = "In Derry: the Middle East, the Pacific Ocean, the White House, the Stadium, Acme Holdings.";
    EntityTable t = geocoded(text, "LOCATION:Derry", "LOCATION:Middle East", "LOCATION:Pacific Ocean",
        "ORGANIZATION:White House", "ORGANIZATION:Stadium", "ORGANIZATION:Acme Holdings");
    for (String id : List.of("e2", "e3", "e4", "e5", "e6")) {
      assertTrue(of(t, id).isEmpty(), id);
    }
  }

  @Test
  void aTaggedFacilityLiesAtTheTownOfItsSentenceBeforeTheHeartTown() {
    String text = "Queens and Brooklyn fans cheered. Doctors at Acme Children's Hospital in central Charleston spoke.";
    EntityTable t = geocoded(text, "LOCATION:Queens", "LOCATION:Brooklyn",
        "ORGANIZATION:Acme Children's Hospital", "LOCATION:Charleston");
    assertEquals("Charleston", of(t, "e3").orElseThrow().name(), "its sentence's town, not the heart town");
  }

  @Test
  void aTownAbroadOfTheHeartTownsCountryLendsNoPoint() {
    String text = "Queens and Brooklyn fans cheered. Doctors at Acme Children's Hospital in central Derry spoke.";
    EntityTable t = geocoded(text, "LOCATION:Queens", "LOCATION:Brooklyn",
        "ORGANIZATION:Acme Children's Hospital", "LOCATION:Derry");
    assertEquals("Queens", of(t, "e3").orElseThrow().name(), "a foreign namesake read wrong is likelier");
  }

  @Test
  void noTownNoPoint() {
    EntityTable t = geocoded("The United States opened the Altnagelvin Hospital.", "LOCATION:United States",
        "LOCATION:Altnagelvin Hospital");
    assertTrue(of(t, "e2").isEmpty(), "a country is no town to borrow from");
  }

  @Test
  void aChurchOrHouseInATownLiesThereButNotOneInACountry() {
    EntityTable t = geocoded("The choir sang at Elm Hill Church in Charleston. The Acme Church in the United States "
        + "grew.", "ORGANIZATION:Elm Hill Church", "LOCATION:Charleston", "ORGANIZATION:Acme Church",
        "LOCATION:United States");
    assertEquals("Charleston", of(t, "e1").orElseThrow().name(), "the town named right after it");
    assertTrue(of(t, "e1").orElseThrow().isBorrowed());
    assertTrue(of(t, "e3").isEmpty(), "a church in a country is the institution");
  }

  @Test
  void aNameWhoseSentenceNamesAnotherCountryOrDivisionBorrowsNoHeartTown() {
    String text = "Queens and Brooklyn fans cheered.\nThe Elm Ridge lies in the United Kingdom. The Oak Ridge lies "
        + "in the United States. The Ash Ridge lies in West Virginia.";
    EntityTable t = geocoded(text, "LOCATION:Queens", "LOCATION:Brooklyn", "LOCATION:Elm Ridge",
        "LOCATION:United Kingdom", "LOCATION:Oak Ridge", "LOCATION:United States", "LOCATION:Ash Ridge",
        "LOCATION:West Virginia");
    assertTrue(of(t, "e3").isEmpty(), "its sentence puts it abroad: no New York borough's point");
    assertEquals("Queens", of(t, "e5").orElseThrow().name(), "the heart town's own country is no sign");
    assertTrue(of(t, "e7").isEmpty(), "another division of the heart town's country");
  }
}
