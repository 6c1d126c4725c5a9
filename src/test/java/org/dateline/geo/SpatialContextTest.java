package org.dateline.geo;

import static org.dateline.geo.ResolverRulesTest.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.junit.jupiter.api.Test;

/** The resolver's spatial-coherence rules of the seventh round, on a hand-built gazetteer: no models. */
class SpatialContextTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tKilbeg\t\t53.87\t-7.20\tIE\tUlster\t3000\tPPL",
      "2\tMarlow\t\t53.83\t-7.08\tIE\tLeinster\t2500\tPPL",
      "3\tFarbeg\t\t52.10\t-9.50\tIE\tMunster\t3000\tPPL",
      "\tMarlow\t\t37.1\t-78.5\tUS\tMarlow\t5600000\tADM1",
      "4\tIreland\t\t53.0\t-8.0\tIE\t\t4900000\tPCLI",
      "5\tNorland\t\t52.0\t20.0\tNL\t\t30000000\tPCLI",
      "6\tNorland\t\t41.0\t-80.6\tUS\tWestmark\t2500\tPPL",
      "\tWestmark\t\t40.2\t-83.0\tUS\tWestmark\t11000000\tADM1",
      "7\tOakford\t\t34.0\t71.5\tPK\tNorth\t50000\tPPL",
      "8\tElmby\t\t32.3\t69.6\tPK\tNorth\t20000\tPPL");

  private final Geocoder geocoder;

  SpatialContextTest() throws IOException {
    geocoder = new Geocoder(Gazetteer.read("test", new BufferedReader(new StringReader(PLACES))), Map.of());
  }

  private GeoPoint point(String text, EntityTable t, String entityId) {
    return geocoder.geocode(text, t).geo().of(entityId).orElseThrow();
  }

  @Test
  void aVillageBesideAnotherTownOfTheArticleBeatsAFarDivisionOfItsName() {
    String text = "Audits are done in Ireland at Kilbeg and at Marlow.";
    EntityTable t = table(text, "LOCATION:Ireland", "LOCATION:Kilbeg", "LOCATION:Marlow");
    assertEquals("IE", point(text, t, "e3").countryCode());
    // With no town of the article nearby, the well-known division keeps the name.
    String far = "Audits are done in Ireland at Farbeg and at Marlow.";
    assertEquals("US", point(far, table(far, "LOCATION:Ireland", "LOCATION:Farbeg", "LOCATION:Marlow"), "e3")
        .countryCode());
  }

  @Test
  void aTownNamedLikeACountryInALocalStoryOfItsDivisionIsTheTown() {
    String text = "Most shops in Westmark are small. Jane owns a store in Norland.";
    EntityTable t = table(text, "LOCATION:Westmark", "LOCATION:Norland");
    assertEquals("US", point(text, t, "e2").countryCode());
    // A place abroad in the article keeps the country.
    String abroad = "Most shops in Westmark are small. Jane owns a store in Norland, not in Ireland.";
    assertEquals("NL", point(abroad, table(abroad, "LOCATION:Westmark", "LOCATION:Norland", "LOCATION:Ireland"),
        "e2").countryCode());
  }

  @Test
  void aHamletTheGazetteerLacksLiesAtTheTownItsOwnSentenceNames() {
    String text = "Oakford sent its commander. The works include a park at Elmby and a market at Brackwell.";
    EntityTable t = sentences(text, table(text, "LOCATION:Oakford", "LOCATION:Elmby", "LOCATION:Brackwell"));
    GeoPoint hamlet = point(text, t, "e3");
    assertEquals("Elmby", hamlet.name());
    assertTrue(hamlet.isBorrowed());
    // With no town in its sentence, it takes the article's heart town (the earliest on a tie).
    String apart = "Oakford sent its commander. Elmby waited. A market opened at Brackwell.";
    EntityTable t2 = sentences(apart, table(apart, "LOCATION:Oakford", "LOCATION:Elmby", "LOCATION:Brackwell"));
    assertEquals("Oakford", point(apart, t2, "e3").name());
  }

  /** The table with each mention in its sentence, counted by the full stops before it. */
  private static EntityTable sentences(String text, EntityTable t) {
    List<Mention> mentions = t.mentions().stream().map(m -> new Mention(m.mentionId(), m.entityId(), m.text(),
        m.type(), m.subtype(), m.normalized(), m.kind(), m.start(), m.end(), (int) text.substring(0, m.start()).chars()
        .filter(c -> c == '.').count(), m.section())).toList();
    return new EntityTable(mentions, t.entities());
  }
}
