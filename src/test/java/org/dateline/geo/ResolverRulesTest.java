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

/** The resolver's rules of the fifth round, on a hand-built gazetteer and hand-built documents: no models. */
class ResolverRulesTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "13\tDūmā\tDouma\t33.57175\t36.40270\tSY\tDamascus\t111864\tPPLA2",
      "\tSyria\t\t35.0\t38.0\tSY\t\t17000000\tPCLI",
      "20\tMurray\t\t40.67\t-111.89\tUS\tUtah\t49250\tPPL",
      "\tWashington\tWash. | WA\t47.5\t-120.5\tUS\tWashington\t6419669\tADM1",
      "\tUtah\t\t39.5\t-111.5\tUS\tUtah\t3004730\tADM1",
      "30\tBirmingham\t\t33.52\t-86.80\tUS\tAlabama\t100000\tPPLA2",
      "31\tCartersville\tBirmingham\t34.17\t-84.80\tUS\tGeorgia\t150000\tPPLA2",
      "40\tQuébec\tQuebec\t46.81\t-71.21\tCA\tQuebec\t531902\tPPLA",
      "\tQuebec\t\t52.0\t-72.0\tCA\tQuebec\t7234996\tADM1",
      "50\tHayes\t\t51.52\t-0.42\tGB\tEngland\t50000\tPPL",
      "60\tSeaview\t\t33.2\t-117.4\tUS\tCalifornia\t175000\tPPL",
      "61\tSeaview\t\t40.6\t-73.6\tUS\tNew York\t32000\tPPL",
      "62\tElmtown\t\t40.7\t-73.5\tUS\tNew York\t16000\tPPL",
      "63\tOakport\t\t40.9\t-73.3\tUS\tNew York\t10000\tPPL",
      "70\tThe Valley\t\t18.2\t-63.05\tAI\t\t2035\tPPLC");

  private final Geocoder geocoder;

  ResolverRulesTest() throws IOException {
    geocoder = new Geocoder(Gazetteer.read("test", new BufferedReader(new StringReader(PLACES))), Map.of());
  }

  /**
   * The article {@code text} whose entities are the typed names ("PERSON:Douma"), each at its first unused
   * occurrence in the text; a name repeated with another type is another entity, as the tagger makes it.
   */
  static EntityTable table(String text, String... typedNames) {
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < typedNames.length; i++) {
      String[] tn = typedNames[i].split(":", 2);
      String id = "e" + (i + 1);
      int at = text.indexOf(tn[1], from);
      from = at + tn[1].length();
      mentions.add(new Mention("m" + (i + 1), id, tn[1], tn[0], "", "", "name", at, from, 0, Section.BODY));
      entities.add(new Entity(id, tn[0] + ":" + tn[1], tn[0], "", tn[1], "", 1, at, List.of(tn[1]),
          Set.of(Section.BODY), "", "", ""));
    }
    return new EntityTable(mentions, entities);
  }

  private Optional<GeoPoint> point(String text, EntityTable t, String entityId) {
    return geocoder.geocode(text, t).geo().of(entityId);
  }

  @Test
  void aNameTypedAPlaceOnceIsThatPlaceWhereverTheTaggerTypedItOtherwise() {
    String text = "The army shelled Douma on Monday. Douma's fall would end the siege.";
    EntityTable t = table(text, "LOCATION:Douma", "PERSON:Douma");
    assertEquals("SY", point(text, t, "e2").orElseThrow().countryCode());
    EntityTable org = table(text, "LOCATION:Douma", "ORGANIZATION:Douma");
    assertEquals("SY", point(text, org, "e2").orElseThrow().countryCode());
    EntityTable named = table(text, "LOCATION:Douma", "PERSON:Douma");
    Entity man = named.entities().get(1).withGender(Entity.MALE, "pronoun");
    EntityTable person = new EntityTable(named.mentions(), List.of(named.entities().get(0), man));
    assertTrue(point(text, person, "e2").isEmpty(), "a person with a gender is a person");
    EntityTable alone = table(text, "PERSON:Douma");
    assertTrue(point(text, alone, "e1").isEmpty(), "no location of that name in the article");
  }

  @Test
  void aTownKnownOnlyByNamesakesOutsideTheAbbreviatedDivisionOfItsDatelineLiesInThatDivision() {
    String text = "MURRAY, Wash. - The team trains here.";
    EntityTable t = table(text, "LOCATION:MURRAY", "LOCATION:Wash.");
    assertEquals("Washington", point(text, t, "e1").orElseThrow().admin1());
    String spelled = "MURRAY, Washington - The team trains here.";
    EntityTable whole = table(spelled, "LOCATION:MURRAY", "LOCATION:Washington");
    assertEquals("Utah", point(spelled, whole, "e1").orElseThrow().admin1(), "a spelled-out name may be a list");
    String inside = "MURRAY, Utah - The team trains here.";
    assertEquals("20", point(inside, table(inside, "LOCATION:MURRAY", "LOCATION:Utah"), "e1").orElseThrow()
        .geonamesId(), "a namesake inside the division stays the town");
  }

  @Test
  void aPlaceOfThatVeryNameBeforeABiggerOneOnceSoCalled() {
    String text = "Police in Birmingham said.";
    assertEquals("30", point(text, table(text, "LOCATION:Birmingham"), "e1").orElseThrow().geonamesId());
  }

  @Test
  void aNameThatSaysCityIsTheCityNotTheDivisionOfItsLeadingWord() {
    String text = "Leaders met in Quebec City.";
    assertEquals("40", point(text, table(text, "LOCATION:Quebec City"), "e1").orElseThrow().geonamesId());
    String province = "Leaders toured Quebec.";
    assertEquals("ADM1", point(province, table(province, "LOCATION:Quebec"), "e1").orElseThrow().featureCode(),
        "the name alone is the province");
  }

  @Test
  void aNameAfterOfBetweenCommasIsAHomeTown() {
    String text = "Miss Smith, of Hayes, was not the target.";
    assertEquals("50", point(text, table(text, "PERSON:Hayes"), "e1").orElseThrow().geonamesId());
    String owner = "The car of Hayes was found.";
    assertTrue(point(owner, table(owner, "PERSON:Hayes"), "e1").isEmpty(), "of alone: a person's");
  }

  @Test
  void aTownAmongTheArticlesOtherTownsIsTheirDivisionsNamesake() {
    String text = "Seaview won; Elmtown and Oakport lost.";
    EntityTable t = table(text, "LOCATION:Seaview", "LOCATION:Elmtown", "LOCATION:Oakport");
    assertEquals("61", point(text, t, "e1").orElseThrow().geonamesId());
    String alone = "Seaview won.";
    assertEquals("60", point(alone, table(alone, "LOCATION:Seaview"), "e1").orElseThrow().geonamesId());
  }

  @Test
  void aLandformsBareNounIsNoFarTownOfThatName() {
    String text = "Oakport schools across the Valley closed.";
    EntityTable t = table(text, "LOCATION:Oakport", "LOCATION:Valley");
    GeoPoint valley = point(text, t, "e2").orElseThrow();
    assertEquals("US", valley.countryCode(), "near the article's town, not the capital called The Valley");
    assertTrue(valley.isBorrowed());
  }
}
