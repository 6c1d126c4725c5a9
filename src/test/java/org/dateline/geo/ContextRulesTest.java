package org.dateline.geo;

import static org.dateline.geo.ResolverRulesTest.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.junit.jupiter.api.Test;

/** The resolver's rules of the sixth round (the article's context), on a hand-built gazetteer: no models. */
class ContextRulesTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tPinefield\t\t33.5\t-84.4\tUS\tGeorgia\t15000\tPPL",
      "2\tPinefield\t\t41.0\t-74.3\tUS\tNew Jersey\t4000\tPPL",
      "3\tElmtown\t\t40.9\t-74.5\tUS\tNew Jersey\t16000\tPPL",
      "\tNew Jersey\tNJ\t40.2\t-74.7\tUS\tNew Jersey\t8800000\tADM1",
      "4\tCoral\t\t32.27\t-90.13\tUS\tMississippi\t26000\tPPL",
      "5\tKailua\t\t21.40\t-157.74\tUS\tHawaii\t38000\tPPL",
      "\tHawaii\t\t20.0\t-156.0\tUS\tHawaii\t1400000\tADM1",
      "6\tMillbrook\t\t35.0\t-79.8\tUS\tNorth Carolina\t9000\tPPLA2",
      "7\tBigtown\t\t32.8\t-96.8\tUS\tTexas\t1300000\tPPL",
      "\tSomeshire\t\t52.3\t-0.9\tGB\tSomeshire\t0\tADMD",
      "9\tHamilton\tDistrict of Hamilton\t38.9\t-77.0\tUS\tCapital District\t700000\tPPLC",
      "\tHamilton\tHam.\t47.3\t-120.2\tUS\tHamilton\t6400000\tADM1",
      "\tCapital District\tC.D.\t38.9\t-77.0\tUS\tCapital District\t700000\tADM1",
      "\tArcadia\t\t37.0\t-119.0\tUS\tArcadia\t39000000\tADM1",
      "10\tHollis\t\t36.7\t-76.6\tUS\tVirginia\t84000\tPPLA2",
      "11\tSeaford\t\t40.67\t-73.49\tUS\tNew York\t15000\tPPL",
      "\tHollis County\t\t40.9\t-72.8\tUS\tNew York\t1500000\tADM2",
      "8\tLoup\t\t50.6\t3.1\tFR\tHauts-de-France\t21000\tPPL",
      "\tSt. Loup County\t\t45.0\t-92.5\tUS\tWisconsin\t39000\tADM2");

  private final Geocoder geocoder;

  ContextRulesTest() throws IOException {
    geocoder = new Geocoder(Gazetteer.read("test", new BufferedReader(new StringReader(PLACES))), Map.of());
  }

  private GeoPoint point(String text, EntityTable t, String entityId) {
    return geocoder.geocode(text, t).geo().of(entityId).orElseThrow();
  }

  @Test
  void aNameReadByItsLeadingWordsIsTheArticlesOwnTownOfThatName() {
    String text = "The ticket was sold at Pinefield Gas Mart in Pinefield. Elmtown, New Jersey, sold none.";
    EntityTable t = table(text, "LOCATION:Pinefield Gas Mart", "LOCATION:Pinefield", "LOCATION:Elmtown",
        "LOCATION:New Jersey");
    assertEquals("New Jersey", point(text, t, "e2").admin1());
    assertEquals("New Jersey", point(text, t, "e1").admin1());
  }

  @Test
  void aSmallTownOfTheLeadingWordsInAnotherDivisionGivesWayToAPointNearTheArticlesPlaces() {
    String text = "Ships left Coral Harbor at dawn. Kailua, Hawaii, watched them go.";
    EntityTable t = table(text, "LOCATION:Coral Harbor", "LOCATION:Kailua", "LOCATION:Hawaii");
    GeoPoint harbor = point(text, t, "e1");
    assertEquals("Hawaii", harbor.admin1());
    assertTrue(harbor.isBorrowed());
    // Alone, the name still reads as the town of its leading words: nothing says it lies elsewhere.
    String alone = "Ships left Coral Harbor at dawn.";
    assertEquals("Mississippi", point(alone, table(alone, "LOCATION:Coral Harbor"), "e1").admin1());
  }

  @Test
  void aSmallTownKnownOnlyAbroadLiesInTheDivisionNamedAfterItsComma() {
    String text = "Rounds: Millbrook, Someshire. Then Bigtown, Someshire.";
    EntityTable t = table(text, "LOCATION:Millbrook", "LOCATION:Someshire", "LOCATION:Bigtown", "LOCATION:Someshire");
    assertEquals("GB", point(text, t, "e1").countryCode());
    // A well-known city is listed beside a division, not placed in it.
    assertEquals("US", point(text, t, "e3").countryCode());
  }

  @Test
  void aSaintsTitleLeftOutsideTheMentionStillNamesThePlace() {
    String text = "The trial moved to Saint Loup County last year.";
    assertEquals("US", point(text, table(text, "LOCATION:Loup County"), "e1").countryCode());
  }

  @Test
  void aNameListedWithDivisionsIsTheDivisionNotTheCapitalOfItsName() {
    String text = "Jobs went to states such as Arcadia or Hamilton last year.";
    EntityTable t = table(text, "LOCATION:Arcadia", "LOCATION:Hamilton");
    assertEquals("ADM1", point(text, t, "e2").featureCode());
    String alone = "Jobs went to Hamilton last year.";
    assertEquals("PPLC", point(alone, table(alone, "LOCATION:Hamilton"), "e1").featureCode());
    // A name with its abbreviated container after it is the capital even in a list.
    String capital = "Trips to Arcadia and Hamilton, C.D., mattered.";
    assertEquals("PPLC", point(capital, table(capital, "LOCATION:Arcadia", "LOCATION:Hamilton"), "e2")
        .featureCode());
  }

  @Test
  void aShortNameOfACountyTheArticleNamesInFullIsThatCountyNotAFarTown() {
    String text = "Hollis police searched Seaford, and Hollis County paid for it.";
    EntityTable t = table(text, "LOCATION:Hollis", "LOCATION:Seaford", "LOCATION:Hollis County");
    assertEquals("ADM2", point(text, t, "e1").featureCode());
    String alone = "Hollis police searched the shore.";
    assertEquals("Virginia", point(alone, table(alone, "LOCATION:Hollis"), "e1").admin1());
  }
}
