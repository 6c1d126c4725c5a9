package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.dateline.doc.Docs;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

/** A name the tagger missed, "at" it "in" a town, lies in that town ({@link SiteAtTown}); invented names. */
class SiteAtTownTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tCavan\t\t53.99\t-7.36\tIE\tUlster\t10000\tPPLA",
      "2\tDundalk\t\t54.0\t-6.4\tIE\tLeinster\t39000\tPPL",
      "\tIreland\t\t53.0\t-8.0\tIE\t\t4600000\tPCLI");

  private final Geocoder geocoder;
  private final EntityExtractor entities;

  SiteAtTownTest() throws IOException {
    Gazetteer gazetteer = Gazetteer.read("test", new BufferedReader(new StringReader(PLACES)));
    geocoder = new Geocoder(gazetteer, Map.of());
    entities = new EntityExtractor(Map.of(), gazetteer::wellKnown);
  }

  private EntityTable run(String... sentences) {
    var doc = Docs.doc(sentences);
    return geocoder.withPlaceWords(doc, geocoder.geocode(doc.article().text(), entities.extract(doc)));
  }

  private static Optional<Mention> site(EntityTable t, String text) {
    return t.mentions().stream().filter(m -> m.kind().equals(FacilityRows.FACILITY) && m.text().equals(text))
        .findFirst();
  }

  @Test
  void aNameAtASiteInATownLiesThere() {
    EntityTable t = run("Cavan/NNP/CITY voted/VBD ./.",
        "She/PRP sang/VBD at/IN the/DT Harvest/NNP Fair/NNP 9/CD in/IN Dundalk/NNP/CITY ./.");
    Mention m = site(t, "Harvest Fair 9").orElseThrow();
    assertEquals("Dundalk", t.geo().of(m.entityId()).orElseThrow().name(), "the town after 'in'");
  }

  @Test
  void aTimeOrANameWithoutATownIsNoSite() {
    EntityTable t = run("Cavan/NNP/CITY voted/VBD ./.",
        "She/PRP sang/VBD at/IN Easter/NNP/DATE in/IN Dundalk/NNP/CITY and/CC at/IN Oak/NNP Lodge/NNP ./.");
    assertTrue(site(t, "Easter").isEmpty(), "a holiday is a time");
    assertTrue(site(t, "Oak Lodge").isEmpty(), "no town named after it");
  }

  @Test
  void aNameAtASiteOnAStreetLiesAtTheStreetsTown() {
    EntityTable t = run("Cavan/NNP/CITY voted/VBD ./.",
        "Thieves/NNS struck/VBD at/IN Oak/NNP &/CC Ivy/NNP ,/, on/IN Elm/NNP/LOCATION Avenue/NNP/LOCATION ./.");
    Mention m = site(t, "Oak & Ivy").orElseThrow();
    assertEquals("Cavan", t.geo().of(m.entityId()).orElseThrow().name(), "the street's borrowed town");
  }

  @Test
  void aNameItsSentenceDefinesAsASettlementLiesAtTheArticlesTown() {
    EntityTable t = run("Cavan/NNP/CITY voted/VBD ./.",
        "Elm/NNP Point/NNP is/VBZ a/DT drive/NN -/HYPH in/IN community/NN ,/, and/CC Ann/NNP Lee/NNP "
            + "is/VBZ a/DT community/NN organizer/NN ./.");
    Mention m = t.mentions().stream().filter(x -> x.text().equals("Elm Point")).findFirst().orElseThrow();
    assertEquals("Cavan", t.geo().of(m.entityId()).orElseThrow().name(), "the heart town");
    assertTrue(t.mentions().stream().noneMatch(x -> x.kind().equals(FacilityRows.FACILITY)
        && x.text().contains("Ann")), "a community organizer is a person");
  }

  @Test
  void theSameNameElsewhereIsTheSamePlace() {
    EntityTable t = run("Cavan/NNP/CITY voted/VBD ./.", "Ann/NNP/PERSON won/VBD at/IN the/DT Harvest/NNP Fair/NNP "
        + "./.", "She/PRP sang/VBD at/IN the/DT Harvest/NNP Fair/NNP in/IN Dundalk/NNP/CITY ./.");
    var fairs = t.mentions().stream().filter(m -> m.text().equals("Harvest Fair")).toList();
    assertEquals(2, fairs.size(), "the bare name too");
    assertEquals(fairs.get(0).entityId(), fairs.get(1).entityId(), "one name, one place");
    assertEquals("Dundalk", t.geo().of(fairs.get(0).entityId()).orElseThrow().name());
  }
}
