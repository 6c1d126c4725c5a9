package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.junit.jupiter.api.Test;

/** A mention its text puts in another container becomes its own place ({@link ContainerSplit}); invented names. */
class ContainerSplitTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "1\tElmshire\t\t10.0\t20.0\tXA\tCapital District\t600000\tPPLC",
      "\tElmshire\t\t14.0\t24.0\tXA\tElmshire\t2000000\tADM1",
      "\tCapital District\tC.D.\t10.1\t20.1\tXA\tCapital District\t600000\tADM1",
      "\tRuritania\t\t12.0\t22.0\tXA\t\t9000000\tPCLI");

  private static Mention mention(String id, String entity, String text, int start) {
    return new Mention(id, entity, text, "LOCATION", "", "", "name", start, start + text.length(), 0, Section.BODY);
  }

  private static Entity entity(String id, String name, int mentions, int first) {
    return new Entity(id, "LOCATION:" + name, "LOCATION", "", name, "", mentions, first, List.of(),
        Set.of(Section.BODY));
  }

  @Test
  void aMentionWrittenInAnotherDivisionIsThePlaceOfThatNameThere() throws IOException {
    Gazetteer gazetteer = Gazetteer.read("test", new BufferedReader(new StringReader(PLACES)));
    Candidates candidates = new Candidates(gazetteer, Map.of());
    String text = "Elmshire farms grew. Elmshire voted. Talks in Elmshire, C.D., ended.";
    int third = text.indexOf("Elmshire, C.D.");
    List<Mention> mentions = List.of(mention("m1", "e1", "Elmshire", 0), mention("m2", "e1", "Elmshire", 21),
        mention("m3", "e1", "Elmshire", third), mention("m4", "e2", "C.D.", third + 10));
    GeoPoint state = candidates.of("Elmshire").stream().filter(p -> p.featureCode().equals("ADM1")).findFirst()
        .orElseThrow();
    GeoPoint district = candidates.of("C.D.").get(0);
    EntityTable table = new EntityTable(mentions, List.of(entity("e1", "Elmshire", 3, 0),
        entity("e2", "C.D.", 1, third + 10)), new Geocoding(Map.of("e1", state, "e2", district), "e1"));
    EntityTable split = ContainerSplit.apply(text, table, candidates);
    Mention moved = split.mentions().get(2);
    assertEquals("e3", moved.entityId(), "a new entity after the others");
    assertEquals("PPLC", split.geo().of("e3").orElseThrow().featureCode(), "the capital inside the district");
    assertEquals("e1", split.mentions().get(0).entityId(), "the bare mentions keep the state");
    assertEquals("ADM1", split.geo().of("e1").orElseThrow().featureCode());
    assertEquals(2, split.entity("e1").orElseThrow().mentions());
    assertEquals(1, split.entity("e3").orElseThrow().mentions());
  }
}
