package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The geocoding stage on a hand-built gazetteer and hand-built entity tables: no models. */
class GeocoderTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tParis\tLutece\t48.85341\t2.34880\tFR\tIle-de-France\t2138551\tPPLC",
      "2\tParis\t\t33.66094\t-95.55551\tUS\tTexas\t24782\tPPLA2",
      "3\tSpringfield\t\t39.80172\t-89.64371\tUS\tIllinois\t116565\tPPLA",
      "4\tSpringfield\t\t37.21533\t-93.29824\tUS\tMissouri\t166810\tPPLA2",
      "5\tTbilisi\tTiflis\t41.69411\t44.83368\tGE\tTbilisi\t1049498\tPPLC",
      "6\tKyiv\tKiev\t50.45466\t30.52380\tUA\tKyiv\t2797553\tPPLC",
      "7\tMoscow\tMoskva\t55.75222\t37.61556\tRU\tMoscow\t10381222\tPPLC",
      "\tTexas\t\t31.0\t-100.0\tUS\tTexas\t25000000\tADM1",
      "\tIllinois\tIL | Ill.\t40.6\t-89.4\tUS\tIllinois\t13000000\tADM1",
      "\tMissouri\tMO\t38.3\t-92.4\tUS\tMissouri\t6000000\tADM1",
      "\tGeorgia\t\t32.2\t-82.9\tUS\tGeorgia\t4718281\tADM1",
      "\tGeorgia\t\t42.0\t43.5\tGE\t\t2425399\tPCLI",
      "\tUnited States\t\t38.0\t-97.0\tUS\t\t270919581\tPCLI",
      "\tRussia\t\t60.0\t100.0\tRU\t\t100000000\tPCLI",
      "\tUkraine\t\t49.0\t32.0\tUA\t\t32806561\tPCLI",
      "\tArmenia\t\t40.0\t45.0\tAM\t\t2900000\tPCLI",
      "8\tArmenia\t\t4.53\t-75.68\tCO\tQuindio\t300000\tPPLA",
      "9\tHampshire\t\t42.1\t-88.5\tUS\tIllinois\t5600\tPPL",
      "\tHampshire\t\t51.0\t-1.3\tGB\tEngland\t0\tADMD",
      "10\tHonolulu\t\t21.3\t-157.8\tUS\tHawaii\t371657\tPPLA",
      "11\tMotor City\tMotown\t42.3\t-83.0\tUS\tMichigan\t677116\tPPL",
      "12\tEu\t\t50.04606\t1.42079\tFR\tNormandy\t7000\tPPL",
      "14\tSlidell\t\t30.27519\t-89.78117\tUS\tLouisiana\t27000\tPPL",
      "13\tDūmā\tDouma\t33.57175\t36.40270\tSY\tDamascus\t111864\tPPLA2",
      "6255148\tEurope\t\t48.69096\t9.14062\t\t\t1000000000\tCONT",
      "\tTrinidad And Tobago\tT&T\t11.0\t-61.0\tTT\t\t1300000\tPCLI",
      "\tNorth Korea\t\t40.0\t127.0\tKP\t\t25000000\tPCLI",
      "\tSouth Korea\t\t36.5\t127.75\tKR\t\t51000000\tPCLI",
      "\tChina\t\t35.0\t105.0\tCN\t\t1400000000\tPCLI",
      "\tTaiwan\t\t24.0\t121.0\tTW\t\t23000000\tPCLI");

  private final Geocoder geocoder;

  GeocoderTest() throws IOException {
    Gazetteer g = Gazetteer.read("test", new BufferedReader(new StringReader(PLACES)));
    geocoder = new Geocoder(g, Map.of("russian", "russia", "ukrainian", "ukraine"));
  }

  /** An article whose entities are the given names, each mentioned once, in order, with its type. */
  private static EntityTable table(String... typedNames) {
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < typedNames.length; i++) {
      String[] tn = typedNames[i].split(":", 2);
      String id = "e" + (i + 1);
      mentions.add(new Mention("m" + (i + 1), id, tn[1], tn[0], "", "", "name", at, at + tn[1].length(), 0,
          Section.BODY));
      entities.add(new Entity(id, tn[0] + ":" + tn[1], tn[0], "", tn[1], "", 1, at, List.of(tn[1]),
          Set.of(Section.BODY)));
      at += tn[1].length() + 1;
    }
    return new EntityTable(mentions, entities);
  }

  private GeoPoint point(EntityTable t, String entityId) {
    return geocoder.geocode(" ".repeat(200), t).geo().of(entityId).orElseThrow();
  }

  @Test
  void aNameAloneIsItsBestKnownPlace() {
    assertEquals("FR", point(table("LOCATION:Paris"), "e1").countryCode());
    assertEquals("GE", point(table("LOCATION:Georgia"), "e1").countryCode());
  }

  @Test
  void theArticlesOtherPlacesDecide() {
    assertEquals("US", point(table("LOCATION:Texas", "LOCATION:Paris"), "e2").countryCode());
    assertEquals("GE", point(table("LOCATION:Tbilisi", "LOCATION:Georgia"), "e2").countryCode());
    assertEquals("US", point(table("LOCATION:United States", "LOCATION:Georgia"), "e2").countryCode());
    assertEquals("GE", point(table("LOCATION:United States", "LOCATION:Armenia", "LOCATION:Russia",
        "LOCATION:Ukraine", "LOCATION:Georgia"), "e5").countryCode(), "one American place among three others");
  }

  @Test
  void containmentNarrowsTheCandidates() {
    assertEquals("Illinois", point(table("LOCATION:Springfield, Illinois"), "e1").admin1());
    assertEquals("Missouri", point(table("LOCATION:Springfield, MO"), "e1").admin1());
    assertEquals("Illinois", point(table("LOCATION:Springfield, Ill."), "e1").admin1(), "the AP's abbreviation");
    assertEquals("Illinois", point(table("LOCATION:Springfield"), "e1").admin1(), "a division's seat first");
  }

  @Test
  void alternateNamesAdjectivesAndGovernmentSeats() {
    assertEquals("6", point(table("LOCATION:Kiev"), "e1").geonamesId());
    assertEquals("RU", point(table("LOCATION:Russian"), "e1").countryCode());
    assertEquals("US", point(table("LOCATION:U.S."), "e1").countryCode());
    assertEquals("7", point(table("ORGANIZATION:Moscow"), "e1").geonamesId());
    assertEquals("1", point(table("ORGANIZATION:Paris Chamber of Commerce"), "e1").geonamesId());
    EntityTable org = geocoder.geocode("", table("ORGANIZATION:Acme Holdings"));
    assertTrue(org.geo().of("e1").isEmpty());
  }

  @Test
  void aUnionIsItsContinentAndInitialsTheirCountry() {
    assertEquals("6255148", point(table("ORGANIZATION:EU"), "e1").geonamesId(), "the union, not the town of Eu");
    assertEquals("6255148", point(table("LOCATION:European Union"), "e1").geonamesId());
    assertEquals("TT", point(table("ORGANIZATION:T&T"), "e1").countryCode());
  }

  /** "A, B": two names the tagger made of a place and its container. */
  private static EntityTable apposition(String typedPlace, String typedContainer) {
    String[] a = typedPlace.split(":", 2);
    String[] b = typedContainer.split(":", 2);
    int at = a[1].length() + 2;
    List<Mention> mentions = List.of(
        new Mention("m1", "e1", a[1], a[0], "", "", "name", 0, a[1].length(), 0, Section.BODY),
        new Mention("m2", "e2", b[1], b[0], "", "", "name", at, at + b[1].length(), 0, Section.BODY));
    List<Entity> entities = List.of(
        new Entity("e1", a[0] + ":" + a[1], a[0], "", a[1], "", 1, 0, List.of(), Set.of(Section.BODY)),
        new Entity("e2", b[0] + ":" + b[1], b[0], "", b[1], "", 1, at, List.of(), Set.of(Section.BODY)));
    return new EntityTable(mentions, entities);
  }

  @Test
  void aPlaceTheGazetteerLacksLiesInTheContainerNamedAfterIt() {
    EntityTable track = apposition("LOCATION:Brands Hatch", "LOCATION:Hampshire");
    GeoPoint p = geocoder.geocode("Brands Hatch, Hampshire", track).geo().of("e1").orElseThrow();
    assertEquals("GB", p.countryCode(), "the county, as its container is");
    EntityTable person = apposition("PERSON:Thruxton", "LOCATION:Hampshire");
    assertEquals("GB", geocoder.geocode("Thruxton, Hampshire", person).geo().of("e1").orElseThrow().countryCode());
    EntityTable named = apposition("PERSON:John Smith", "LOCATION:Hampshire");
    assertTrue(geocoder.geocode("John Smith, Hampshire", named).geo().of("e1").isEmpty(), "a person's full name");
    EntityTable far = apposition("LOCATION:Brands Hatch", "LOCATION:Hampshire");
    assertTrue(geocoder.geocode("Brands Hatch and Hampshire", far).geo().of("e1").isEmpty(), "no comma, no container");
  }

  @Test
  void theOfficialNameOfAStateThatSharesItsBareNameIsThatState() {
    assertEquals("KP", point(table("LOCATION:Democratic People's Republic of Korea"), "e1").countryCode());
    assertEquals("KR", point(table("LOCATION:the Republic of Korea"), "e1").countryCode());
    assertEquals("CN", point(table("LOCATION:People's Republic of China"), "e1").countryCode());
    assertEquals("TW", point(table("LOCATION:Republic of China"), "e1").countryCode());
  }

  @Test
  void officialStylesCountiesAndPlacesTakenForPeople() {
    assertEquals("AM", point(table("LOCATION:Republic of Armenia"), "e1").countryCode());
    assertEquals("GB", point(table("LOCATION:Hampshire"), "e1").countryCode(), "a county before a village");
    assertEquals("10", point(table("PERSON:Honolulu"), "e1").geonamesId(), "a well-known town, no gender");
    assertTrue(geocoder.geocode("", table("PERSON:Motown")).geo().of("e1").isEmpty(), "an alternate name only");
    assertEquals("10", point(table("PERSON:Honolulu Star-Advertiser"), "e1").geonamesId(), "a newspaper's home");
    assertTrue(geocoder.geocode("", table("PERSON:Motown Records")).geo().of("e1").isEmpty(), "an alternate name");
    Entity kent = new Entity("e1", "PERSON:honolulu", "PERSON", "", "Honolulu", "", 1, 0, List.of(),
        Set.of(Section.BODY)).withGender(Entity.MALE, "pronoun");
    EntityTable person = new EntityTable(table("PERSON:Honolulu").mentions(), List.of(kent));
    assertTrue(geocoder.geocode("", person).geo().of("e1").isEmpty(), "a person with a gender is a person");
  }

  @Test
  void anOrganizationNamedAfterItsTownInTheArticlesCountry() {
    assertEquals("14", point(table("LOCATION:Texas", "ORGANIZATION:Slidell Police Department"), "e2").geonamesId());
    EntityTable abroad = table("LOCATION:Kyiv", "ORGANIZATION:Slidell Police Department");
    assertTrue(geocoder.geocode(" ".repeat(200), abroad).geo().of("e2").isEmpty(), "another country's article");
  }

  @Test
  void aPersonOrOrganizationWrittenAfterInIsAPlaceByAnyOfItsNames() {
    assertEquals("SY", placeIn("Clashes in Douma resumed.", "PERSON").orElseThrow().countryCode(),
        "an alternate name the gazetteer spells otherwise");
    assertEquals("SY", placeIn("Clashes in Douma resumed.", "ORGANIZATION").orElseThrow().countryCode());
    assertTrue(placeIn("The army of Douma resumed.", "PERSON").isEmpty(), "no locative preposition");
    assertTrue(placeIn("It was in Douma's view.", "PERSON").isEmpty(), "a possessive");
    assertTrue(placeIn("Clashes in Douma resumed.", "DATE").isEmpty(), "only persons and organizations");
  }

  /** The point of the one name "Douma" in {@code text}, tagged {@code type}. */
  private java.util.Optional<GeoPoint> placeIn(String text, String type) {
    int at = text.indexOf("Douma");
    Mention m = new Mention("m1", "e1", "Douma", type, "", "", "name", at, at + 5, 0, Section.BODY);
    Entity e = new Entity("e1", type + ":douma", type, "", "Douma", "", 1, at, List.of("Douma"), Set.of(Section.BODY));
    return geocoder.geocode(text, new EntityTable(List.of(m), List.of(e))).geo().of("e1");
  }

  @Test
  void wellKnownPlacesAreCountriesCapitalsAndBigCitiesByTheirOwnName() throws IOException {
    Gazetteer g = Gazetteer.read("test", new BufferedReader(new StringReader(PLACES)));
    assertTrue(g.wellKnown("Kyiv") && g.wellKnown("Ukraine") && g.wellKnown("Motor City"));
    assertTrue(!g.wellKnown("Motown"), "another place's alternate name");
    assertTrue(!g.wellKnown("Texas"), "a division");
    assertTrue(!g.wellKnown("Honolulu"), "a town under 500,000");
  }

  @Test
  void theDatelineIsTheMainPlaceElseTheMostNamed() {
    EntityTable t = table("LOCATION:Kyiv", "LOCATION:Moscow");
    String text = "Kyiv (AP) — Moscow said ...";
    assertEquals("e1", geocoder.geocode(text, t).geo().mainEntityId());
    String plain = "Talks in Kyiv and Moscow resumed.";
    EntityTable shifted = table("LOCATION:Moscow");
    assertEquals("e1", geocoder.geocode(plain, shifted).geo().mainEntityId());
  }
}
