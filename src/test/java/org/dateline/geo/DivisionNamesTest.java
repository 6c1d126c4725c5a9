package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.junit.jupiter.api.Test;

/**
 * Counties and regions of the gazetteer's division rows (ADMD: British counties, the region two divisions make up)
 * against same-named towns abroad, on a hand-built gazetteer: no models.
 */
class DivisionNamesTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tKent\t\t47.38\t-122.23\tUS\tWashington\t130000\tPPL",
      "\tKent\t\t51.2\t0.72\tGB\tKent\t0\tADMD",
      "2\tNorfolk\t\t36.85\t-76.29\tUS\tVirginia\t240000\tPPLA2",
      "\tNorfolk\t\t52.67\t1.0\tGB\tNorfolk\t0\tADMD",
      "\tSussex\t\t50.94\t-0.08\tGB\tSussex\t0\tADMD",
      "3\tBrighton\t\t50.83\t-0.14\tGB\tBrighton and Hove\t139000\tPPLA2",
      "4\tLondon\t\t51.51\t-0.13\tGB\tEngland\t8900000\tPPLC",
      "5\tRome\t\t41.89\t12.48\tIT\tLazio\t2300000\tPPLC",
      "\tSt Peter\t\t49.23\t-2.19\tJE\tSt Peter\t0\tADMD",
      "\tUnited Kingdom\t\t54.0\t-2.0\tGB\t\t60000000\tPCLI",
      "6255146\tAfrica\t\t7.19\t21.09\t\t\t1000000000\tCONT",
      "7\tWoldshire\t\t38.8\t-77.4\tUS\tVirginia\t7000\tPPL",
      "\tNorth Woldshire\t\t54.1\t-1.5\tGB\tNorth Woldshire\t0\tADMD",
      "\tNorthern Africa\tNorth Africa\t27.9\t10.3\t\t\t95000000\tRGN");

  private final Geocoder geocoder;

  DivisionNamesTest() throws IOException {
    geocoder = new Geocoder(Gazetteer.read("test", new BufferedReader(new StringReader(PLACES))), Map.of());
  }

  private static EntityTable table(String... names) {
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < names.length; i++) {
      String id = "e" + (i + 1);
      mentions.add(new Mention("m" + (i + 1), id, names[i], "LOCATION", "", "", "name", at, at + names[i].length(),
          0, Section.BODY));
      entities.add(new Entity(id, "LOCATION:" + names[i], "LOCATION", "", names[i], "", 1, at, List.of(names[i]),
          Set.of(Section.BODY)));
      at += names[i].length() + 1;
    }
    return new EntityTable(mentions, entities);
  }

  private GeoPoint point(EntityTable t, String entityId) {
    return geocoder.geocode(" ".repeat(200), t).geo().of(entityId).orElseThrow();
  }

  @Test
  void aCountyOfTheArticlesCountryBeatsABiggerTownAbroad() {
    assertEquals("GB", point(table("London", "Brighton", "Kent"), "e3").countryCode());
    assertEquals("GB", point(table("United Kingdom", "Norfolk"), "e2").countryCode());
    assertEquals("ADMD", point(table("Brighton", "Sussex"), "e2").featureCode());
  }

  @Test
  void withoutContextTheBiggerTownStays() {
    assertEquals("US", point(table("Norfolk"), "e1").countryCode());
  }

  @Test
  void aSubregionBeatsItsContinent() {
    assertEquals("RGN", point(table("North Africa"), "e1").featureCode());
    assertEquals("CONT", point(table("Southern Africa"), "e1").featureCode(), "no such region: the continent");
  }

  @Test
  void aPossessiveIsNoPlaceOfItsLeadingWords() {
    assertNotEquals("JE", geocoder.geocode(" ".repeat(200), table("Rome", "St. Peter's Basilica")).geo().of("e2")
        .map(GeoPoint::countryCode).orElse(""), "the basilica is no parish of Jersey named St Peter");
  }

  @Test
  void aRegionKnownByItsCompassPartBeatsASmallTownAbroadInItsCountry() {
    // Invented names: the gazetteer knows the region only as "North Woldshire" and a village abroad as "Woldshire".
    GeoPoint region = point(table("London", "Brighton", "Woldshire"), "e3");
    assertEquals("GB", region.countryCode());
    assertEquals("North Woldshire", region.name());
    assertEquals("US", point(table("Woldshire"), "e1").countryCode());
  }
}
