package org.dateline.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Coding;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Event;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;
import org.dateline.doc.Participant;
import org.dateline.doc.Section;
import org.junit.jupiter.api.Test;

/** The geocoded columns of entities.csv and events.csv, on a hand-built result: no models. */
class GeoColumnsTest {

  private static final GeoPoint KYIV = new GeoPoint("Kyiv", "UA", "Kyiv", 50.45466, 30.5238, "703448", "PPLC", 1);
  private static final GeoPoint MOSCOW = new GeoPoint("Moscow", "RU", "Moscow", 55.75222, 37.61556, "524901",
      "PPLC", 1);

  private static Entity place(String id, String name) {
    return new Entity(id, "LOCATION:" + name.toLowerCase(), "LOCATION", "CITY", name, "", 1, 0, List.of(),
        Set.of(Section.BODY));
  }

  private static Event event(String id, String locationEntity) {
    Participant none = new Participant("", -1, "", "", "");
    Participant where = locationEntity.isEmpty() ? none : new Participant("Moscow", 3, locationEntity, "Moscow", "");
    return new Event(id, 0, "met", "meet", 0, 3, new Coding("036", "03", "CONSULT", 1, 4.0), none, none, where, "",
        "", "", false, "asserted", "", "rule", Section.BODY, "They met.");
  }

  private static ArticleResult result(Geocoding geo) {
    Article a = new Article("a1", "in.txt", "", "KYIV (AP) — They met in Moscow.", "", "", "", "");
    EntityTable t = new EntityTable(List.of(), List.of(place("e1", "Kyiv"), place("e2", "Moscow"),
        place("e3", "Atlantis")), geo);
    return new ArticleResult(a, List.of(), "", 1, 8, t, List.of(), List.of(event("ev1", "e2"), event("ev2", "")), 0);
  }

  @Test
  void entitiesGetTheirPointOrEmptyCells() {
    List<List<String>> rows = TableCells.rows(Table.ENTITIES, result(new Geocoding(Map.of("e1", KYIV), "e1")), false);
    int at = Table.ENTITIES.indexOf("country_code");
    assertEquals(List.of("UA", "Kyiv", "50.45466", "30.52380", "703448", "PPLC"), rows.get(0).subList(at, at + 6));
    assertEquals(List.of("", "", "", "", "", ""), rows.get(2).subList(at, at + 6));
    assertEquals(Table.ENTITIES.columns().size(), rows.get(0).size());
  }

  @Test
  void eventsArePlacedByTheirClauseElseTheArticle() {
    Geocoding geo = new Geocoding(Map.of("e1", KYIV, "e2", MOSCOW), "e1");
    List<List<String>> rows = TableCells.rows(Table.EVENTS, result(geo), false);
    int at = Table.EVENTS.indexOf("location_country_code");
    assertEquals(List.of("RU", "55.75222", "37.61556", "524901", "clause"), rows.get(0).subList(at, at + 5));
    assertEquals(List.of("UA", "50.45466", "30.52380", "703448", "article"), rows.get(1).subList(at, at + 5));
    List<List<String>> none = TableCells.rows(Table.EVENTS, result(Geocoding.none()), false);
    assertEquals(List.of("", "", "", "", ""), none.get(1).subList(at, at + 5));
    assertEquals(Table.EVENTS.columns().size(), none.get(1).size());
  }

  @Test
  void eachRowNamesItsActAnActOfTwoRowsItsFirstRow() {
    Article a = new Article("a1", "in.txt", "", "They met.", "", "", "", "");
    EntityTable t = new EntityTable(List.of(), List.of(), Geocoding.none());
    List<Event> rows = List.of(event("ev1", "").withIds("ev1", "", "ev1"), event("ev2", "").withIds("ev2", "", "ev1"),
        event("ev3", ""));
    List<List<String>> cells = TableCells.rows(Table.EVENTS, new ArticleResult(a, List.of(), "", 1, 3, t, List.of(),
        rows, 0), false);
    int at = Table.EVENTS.indexOf("act_id");
    assertEquals(List.of("ev1", "ev1", "ev3"), cells.stream().map(r -> r.get(at)).toList());
  }
}
