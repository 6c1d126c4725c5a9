package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.junit.jupiter.api.Test;

/** A bare name shared by a state and a capital outside it, under a dateline in the state; invented names, no models. */
class DatelineDivisionTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tKingsport\t\t38.9\t-77.0\tUS\tCapital District\t700000\tPPLC",
      "\tKingsport\tKgs.\t47.4\t-120.5\tUS\tKingsport\t7000000\tADM1",
      "\tUnited States\t\t39.8\t-98.5\tUS\t\t330000000\tPCLI");

  private final Geocoder geocoder;

  DatelineDivisionTest() throws IOException {
    geocoder = new Geocoder(Gazetteer.read("test", new BufferedReader(new StringReader(PLACES))), Map.of());
  }

  private String placeOf(String text, String... names) {
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < names.length; i++) {
      String id = "e" + (i + 1);
      int at = text.indexOf(names[i], from);
      from = at + names[i].length();
      mentions.add(new Mention("m" + (i + 1), id, names[i], "LOCATION", "", "", "name", at, from, 0, Section.BODY));
      entities.add(new Entity(id, "LOCATION:" + names[i], "LOCATION", "", names[i], "", 1, at, List.of(names[i]),
          Set.of(Section.BODY)));
    }
    EntityTable t = geocoder.geocode(text, new EntityTable(mentions, entities));
    return t.geo().of("e" + names.length).orElseThrow().featureCode();
  }

  @Test
  void underADatelineInTheStateTheBareNameIsTheState() {
    assertEquals("ADM1", placeOf("FORT ELM, Kgs. - The team works across Kingsport communities.", "Kgs.",
        "Kingsport"));
  }

  @Test
  void withoutSuchADatelineTheCapitalStays() {
    assertEquals("PPLC", placeOf("The team flew from Kgs. to Kingsport last week.", "Kgs.", "Kingsport"));
  }
}
