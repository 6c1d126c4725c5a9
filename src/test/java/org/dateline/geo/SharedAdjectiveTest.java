package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

/** A landform named by an adjective two countries share lies at their centre; on a hand-built gazetteer. */
class SharedAdjectiveTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "\tNorth Veloria\t\t40.0\t10.0\tNV\t\t9000000\tPCLI",
      "\tSouth Veloria\t\t36.0\t12.0\tSV\t\t20000000\tPCLI",
      "\tOstria\t\t50.0\t20.0\tOS\t\t5000000\tPCLI",
      "1\tPeninsula\t\t41.24\t-81.55\tUS\tOhio\t600\tPPL");
  /** As the demonym list reads: the adjective under one country, the plural first under the other. */
  private static final Map<String, String> DEMONYMS = Map.of("velorian", "south veloria",
      "velorians", "north veloria", "north veloria", "north veloria", "south veloria", "south veloria",
      "ostrian", "ostria", "ostrians", "ostria", "ostria", "ostria");

  private final Geocoder geocoder;
  private final EntityExtractor entities;

  SharedAdjectiveTest() throws IOException {
    Gazetteer gazetteer = Gazetteer.read("test", new BufferedReader(new StringReader(PLACES)));
    geocoder = new Geocoder(gazetteer, DEMONYMS);
    entities = new EntityExtractor(DEMONYMS, gazetteer::wellKnown);
  }

  private GeoPoint peninsula(String adjective) {
    Doc doc = Docs.doc("Ships/NNS sailed/VBD off/IN the/DT " + adjective + "/JJ/NATIONALITY Peninsula/NNP/LOCATION ./.");
    EntityTable t = geocoder.geocode(doc.article().text(), entities.extract(doc));
    Mention m = t.mentions().stream().filter(x -> x.text().equals("Peninsula")).findFirst().orElseThrow();
    return t.geo().of(m.entityId()).orElseThrow();
  }

  @Test
  void aLandformOfASharedAdjectiveLiesAtTheCentreOfItsCountries() {
    GeoPoint p = peninsula("Velorian");
    assertEquals(38.0, p.latitude(), 1e-9, "midway, not at one country's point");
    assertEquals(11.0, p.longitude(), 1e-9);
    assertEquals("", p.countryCode(), "a region of two countries belongs to neither");
    assertEquals(SharedAdjective.REGION, p.featureCode());
    assertEquals("North Veloria and South Veloria", p.name());
  }

  @Test
  void aLandformOfAnUnsharedAdjectiveLiesAtItsCountry() {
    GeoPoint p = peninsula("Ostrian");
    assertEquals("OS", p.countryCode());
    assertEquals(50.0, p.latitude(), 1e-9);
  }
}
