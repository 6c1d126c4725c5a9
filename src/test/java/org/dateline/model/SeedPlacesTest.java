package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Event;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed article's places on the map (issue 14): its cities within 20 km of the real ones, its countries as
 * countries, the places named by adjectives ("Ukrainian") placed too, and every event placed (read from ../shared;
 * skipped when absent).
 */
@Tag("model")
class SeedPlacesTest {

  private static ArticleResult result;

  @BeforeAll
  static void run() {
    SeedArticle.assumePresent();
    result = SeedArticle.result();
  }

  /** The point of the first mention written exactly so. */
  private static Optional<GeoPoint> pointOf(String written) {
    return result.entities().mentions().stream().filter(m -> m.text().equals(written)).findFirst()
        .flatMap(m -> result.entities().geo().of(m.entityId()));
  }

  private static double km(GeoPoint p, double lat, double lon) {
    double dLat = Math.toRadians(lat - p.latitude());
    double dLon = Math.toRadians(lon - p.longitude());
    double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(p.latitude()))
        * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }

  @Test
  void citiesLieWithinTwentyKilometresOfTheRealOnes() {
    // Reference points of the city centres (rounded), not the gazetteer's rows.
    Object[][] cities = {{"Kyiv", 50.45, 30.52}, {"Moscow", 55.75, 37.62}, {"Vilnius", 54.69, 25.28},
        {"Abu Dhabi", 24.45, 54.38}, {"Lviv", 49.84, 24.03}, {"Brno", 49.20, 16.61}};
    for (Object[] c : cities) {
      GeoPoint p = pointOf((String) c[0]).orElseThrow(() -> new AssertionError(c[0] + " has no point"));
      assertTrue(km(p, (double) c[1], (double) c[2]) < 20, c[0] + " is " + km(p, (double) c[1], (double) c[2]) + " km off");
    }
    // Zaporizhzhia is named in its nuclear power plant's name: the plant's entity lies at the city (or the plant,
    // 50 km from it in Enerhodar: either is within reach of a map of the war).
    GeoPoint plant = result.entities().mentions().stream().filter(m -> m.text().contains("Zaporizhzhia")).findFirst()
        .flatMap(m -> result.entities().geo().of(m.entityId())).orElseThrow();
    assertTrue(km(plant, 47.84, 35.14) < 20, "Zaporizhzhia is " + km(plant, 47.84, 35.14) + " km off");
  }

  @Test
  void countriesAreCountries() {
    for (String name : List.of("Belarus", "Turkey", "Iran", "Russia", "Ukraine")) {
      GeoPoint p = pointOf(name).orElseThrow(() -> new AssertionError(name + " has no point"));
      assertTrue(p.isCountry(), name + " is " + p);
    }
  }

  @Test
  void adjectivesNameTheirCountryWithoutBecomingNames() {
    Mention ukrainian = result.entities().mentions().stream().filter(m -> m.text().equals("Ukrainian"))
        .findFirst().orElseThrow(() -> new AssertionError("no mention of 'Ukrainian'"));
    assertEquals("adjective", ukrainian.kind());
    assertEquals("LOCATION", ukrainian.type());
    assertEquals("UA", result.entities().geo().of(ukrainian.entityId()).orElseThrow().countryCode());
    // The adjective joins the entity of "Ukraine", not one of its own.
    assertEquals(pointOf("Ukraine").orElseThrow(), result.entities().geo().of(ukrainian.entityId()).orElseThrow());
  }

  @Test
  void everyEventIsPlaced() {
    assertTrue(!result.events().isEmpty());
    for (Event e : result.events()) {
      boolean own = !e.location().entityId().isEmpty() && result.entities().geo().of(e.location().entityId()).isPresent();
      assertTrue(own || result.entities().geo().main().isPresent(), "event " + e.eventId() + " has no place");
    }
  }
}
