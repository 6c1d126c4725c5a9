package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

/**
 * Facility names the tagger missed or cut short borrow the point of their town ({@link FacilityNames},
 * {@link FacilityLocale}, {@link FacilityRows}); hand-built documents and gazetteer, no models.
 */
class FacilityNamesTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tCavan\t\t53.99\t-7.36\tIE\tUlster\t10000\tPPLA",
      "2\tDundalk\t\t54.0\t-6.4\tIE\tLeinster\t39000\tPPL",
      "3\tMuntinlupa\t\t14.4\t121.04\tPH\tNCR\t500000\tPPL",
      "\tIreland\t\t53.0\t-8.0\tIE\t\t4600000\tPCLI",
      "\tAsia\t\t29.84\t89.3\t\t\t0\tCONT");

  private final Geocoder geocoder;
  private final EntityExtractor entities;

  FacilityNamesTest() throws IOException {
    Gazetteer gazetteer = Gazetteer.read("test", new BufferedReader(new StringReader(PLACES)));
    geocoder = new Geocoder(gazetteer, Map.of());
    entities = new EntityExtractor(Map.of(), gazetteer::wellKnown);
  }

  private EntityTable run(Doc doc) {
    return geocoder.withPlaceWords(doc, geocoder.geocode(doc.article().text(), entities.extract(doc)));
  }

  private static Optional<Mention> facility(EntityTable t, String text) {
    return t.mentions().stream().filter(m -> m.kind().equals(FacilityRows.FACILITY) && m.text().equals(text))
        .findFirst();
  }

  private static GeoPoint pointOf(EntityTable t, String text) {
    return t.geo().of(facility(t, text).orElseThrow(() -> new AssertionError(text)).entityId()).orElseThrow();
  }

  @Test
  void anUntaggedFacilityLiesAtTheTownNamedAfterIt() {
    EntityTable t = run(Docs.doc("Dundalk/NNP/CITY voted/VBD ./.",
        "The/DT play/NN is/VBZ at/IN the/DT Ramor/NNP Theatre/NNP ,/, Cavan/NNP/CITY ./."));
    GeoPoint p = pointOf(t, "Ramor Theatre");
    assertEquals("Cavan", p.name(), "the town after the comma, not the heart town");
    assertEquals(GeoPoint.NEAR, p.featureCode());
    assertEquals("", p.geonamesId());
    assertEquals("IE", p.countryCode(), "country and division of the borrowed point");
    assertEquals("Ulster", p.admin1());
    Mention m = facility(t, "Ramor Theatre").orElseThrow();
    assertEquals("LOCATION", m.type());
    assertEquals("Ramor Theatre", t.entity(m.entityId()).orElseThrow().name(), "a new entity of its own name");
  }

  @Test
  void aNameTheTaggerCutShortIsWholeAndLiesNearestInItsSentence() {
    EntityTable t = run(Docs.doc("Cavan/NNP/CITY is/VBZ far/RB ./.",
        "¶ In/IN Dundalk/NNP/CITY pupils/NNS of/IN Ronald/NNP/PERSON Reagan/NNP/PERSON Middle/NNP and/CC "
            + "Patriot/NNP High/NNP won/VBD ./."));
    assertEquals("Dundalk", pointOf(t, "Ronald Reagan Middle").name());
    assertEquals("Dundalk", pointOf(t, "Patriot High").name());
  }

  @Test
  void ofNamesStreetsAndBlocks() {
    EntityTable t = run(Docs.doc("In/IN Muntinlupa/NNP/CITY ,/, the/DT SM/NNP Mall/NNP of/IN Asia/NNP/LOCATION "
        + "and/CC 14th/JJ St./NNP Thursday/NNP/DATE and/CC the/DT 500/CD block/NN of/IN Jeffords/NNP/PERSON ./."));
    assertEquals("Muntinlupa", pointOf(t, "SM Mall of Asia").name(), "not the continent inside its name");
    assertEquals("Muntinlupa", pointOf(t, "14th St.").name(), "a date after a street does not continue it");
    assertEquals("Muntinlupa", pointOf(t, "500 block of Jeffords").name());
  }

  @Test
  void aHeadNounBeforeAPlacedTownIsThatTownsFacility() {
    EntityTable t = run(Docs.doc("Dundalk/NNP/CITY and/CC Cavan/NNP/CITY ./.",
        "Audits/NNS cover/VBP Courthouse/NNP Cavan/NNP ./."));
    assertEquals("Cavan", pointOf(t, "Courthouse Cavan").name());
  }

  @Test
  void coveredNamesModifiersAndLoneNounsAreNoFacilities() {
    EntityTable t = run(Docs.doc("In/IN Cavan/NNP/CITY the/DT Theatre/NNP opened/VBD ,/, as/IN did/VBD the/DT "
        + "Irish/JJ/NATIONALITY Embassy/NNP and/CC the/DT Cavan/NNP/ORGANIZATION Institute/NNP/ORGANIZATION "
        + "and/CC the/DT High/NNP/ORGANIZATION Court/NNP/ORGANIZATION ./."));
    assertTrue(t.mentions().stream().noneMatch(m -> m.kind().equals(FacilityRows.FACILITY)), t.mentions()
        .toString());
  }

  @Test
  void noLocalPlaceNoFacility() {
    EntityTable t = run(Docs.doc("Ireland/NNP/COUNTRY opened/VBD the/DT Ramor/NNP Theatre/NNP ./."));
    assertTrue(facility(t, "Ramor Theatre").isEmpty(), "a country is no town to borrow from");
  }
}
