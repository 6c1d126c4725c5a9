package org.dateline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;

/**
 * The geocoding stage: each place entity of an article to one gazetteer entry. A candidate's score adds its
 * prominence (population, and capitals, countries and divisions before towns of the same name) to its agreement
 * with the article's other places (same country, inside a division the article names), so "Paris" alone is the
 * French capital and "Paris" in an article about Texas the Texan town. Organizations are placed only when their
 * whole name is a country, capital or division ("Moscow denied"): a government named by its seat; a person or
 * organization written as a place ("in Cork", {@link Locative}) is placed by any of its gazetteer names. Thread-safe.
 */
public final class Geocoder {

  /** Population above which a town is known well enough to place an organization named after it. */
  private static final long WELL_KNOWN = 100_000;

  private final Candidates candidates;
  private final PlaceWords placeWords;
  private final LandformAdjective landforms;

  /** @param demonyms each lower-cased place, adjective or plural ("ukrainian") to its place ("ukraine") */
  public Geocoder(Gazetteer gazetteer, Map<String, String> demonyms) {
    this.candidates = new Candidates(gazetteer, demonyms);
    this.placeWords = new PlaceWords(candidates, demonyms);
    this.landforms = new LandformAdjective(candidates, demonyms);
  }

  /**
   * The geocoded table plus the places named by adjectives and inside other names ({@link PlaceWords}), as
   * mentions and entities numbered after the existing ones, and the facilities the tagger missed or cut short
   * ({@link FacilityRows}), and a mention put in another container split off ({@link ContainerSplit}).
   */
  public EntityTable withPlaceWords(org.dateline.doc.Doc doc, EntityTable geocoded) {
    EntityTable split = ContainerSplit.apply(doc.article().text(), geocoded, candidates);
    EntityTable withWords = PlaceWordRows.add(doc, split, placeWords.find(doc, split));
    return FacilityRows.add(doc, withWords);
  }

  public EntityTable geocode(String text, EntityTable table) {
    Set<String> writtenAsPlaces = Locative.entityIds(text, table);
    Map<String, List<GeoPoint>> namedByAdjective = landforms.of(text, table);
    Map<Entity, List<GeoPoint>> byName = new LinkedHashMap<>();
    for (Entity e : table.entities()) {
      List<GeoPoint> saint = SaintName.candidates(text, table, e, candidates);
      List<GeoPoint> own = !saint.isEmpty() ? saint : namedByAdjective.containsKey(e.entityId())
          ? namedByAdjective.get(e.entityId()) : candidatesOf(e, writtenAsPlace(e, writtenAsPlaces));
      if (!own.isEmpty()) {
        byName.put(e, own);
      }
    }
    Map<Entity, List<GeoPoint>> options = Apposition.apply(text, table, byName);
    Map<Entity, GeoPoint> first = new HashMap<>();
    options.forEach((e, found) -> first.put(e, Scores.best(found, Scores.Context.alone(e))));
    // A second reading in the light of the first corrects the places the context-free reading got wrong ("WA"
    // read as Washington among Western Australian towns); the last reading takes its context from it.
    Map<Entity, GeoPoint> second = new HashMap<>();
    options.forEach((e, found) -> second.put(e, Scores.best(found, Scores.Context.of(e, first))));
    Map<String, GeoPoint> byEntity = new HashMap<>();
    options.forEach((e, found) -> {
      Scores.Context context = Scores.Context.of(e, second);
      GeoPoint p = DatelineDivision.reading(text, table, e, LeadingWordTown.reading(e, ShortName.reading(e,
          DivisionList.best(text, table, e, found, context, second), second), context, second, candidates),
          candidates.of(e.name()), second);
      if (p == null) {
        return;
      }
      if (e.type().equals("LOCATION") || e.type().equals("PERSON") || wellKnown(p) || namedAfter(e, p, context)
          || writtenAsPlace(e, writtenAsPlaces)) {
        byEntity.put(e.entityId(), p);
      }
    });
    String main = MainPlace.of(text, table, byEntity);
    byEntity.putAll(SameNamePlace.of(table, byEntity));
    // Last, the places the gazetteer lacks borrow the point of the town they lie in or near: they neither
    // decide the article's main place nor give context to the places above.
    byEntity.putAll(NearbyPlace.of(text, table, byEntity, candidates));
    return table.withGeo(new Geocoding(byEntity, main));
  }

  /** Population above which a town's name leading a longer name ("Slidell Police Department") places it. */
  private static final long TOWN = 10_000;

  /**
   * An organization named after its town ("Beverly Hills Police Department", "Owensboro Public Schools"): its
   * name starts with the town's own name, not followed by "of" ("University of ..." is no town's university),
   * and the town lies in the country of most of the article's places, since a town's name can be a common word
   * ("Grave Crimes Court" in an Irish article is no Dutch town's). A whole name that is only a town is not.
   */
  private static boolean namedAfter(Entity e, GeoPoint p, Scores.Context context) {
    return e.type().equals("ORGANIZATION") && e.name().startsWith(p.name() + " ")
        && !e.name().startsWith(p.name() + " of ") && known(p, TOWN) && context.share(p.countryCode()) >= 0.5;
  }

  /** The name types a tagger gives places by mistake, which a locative preposition corrects. */
  private static final Set<String> NAMED_AS_PLACES = Set.of("PERSON", "ORGANIZATION");

  /** A person or organization the tagger typed so, but the text writes as a place ("in Cork"). */
  private static boolean writtenAsPlace(Entity e, Set<String> writtenAsPlaces) {
    return writtenAsPlaces.contains(e.entityId()) && NAMED_AS_PLACES.contains(e.type());
  }

  /** A person or organization written as a place ("in Cork") is any place of its name, else as below. */
  private List<GeoPoint> candidatesOf(Entity e, boolean writtenAsPlace) {
    List<GeoPoint> named = writtenAsPlace ? candidates.of(e.name()) : List.of();
    return named.isEmpty() ? candidatesOf(e) : named;
  }

  /**
   * A landform's bare common noun ("the Valley", "the Island"): a local name for a feature near the article's
   * places, never the far town that happens to be so called; it borrows a nearby point ({@link NearbyPlace}).
   */
  static final Set<String> LANDFORMS = Set.of("valley", "island", "islands", "peninsula", "harbor",
      "harbour", "canyon", "coast", "desert", "mountain", "mountains", "hills", "plains", "heights");

  private List<GeoPoint> candidatesOf(Entity e) {
    if (e.type().equals("LOCATION") && LANDFORMS.contains(PlaceNames.key(e.name()))) {
      return List.of();
    }
    if (e.type().equals("LOCATION")) {
      List<GeoPoint> found = candidates.of(e.name());
      for (int i = 0; i < e.aliases().size() && found.isEmpty(); i++) {
        found = candidates.of(e.aliases().get(i));
      }
      // A facility or district named after a place ("Zaporizhzhia Nuclear Power Plant"), if that place is known
      // well enough not to be a street's namesake ("Karl Marx Avenue") and the name starts with the town's own
      // name, or a big city's other spelling of it: another name ("Point", once a name of Parkersburg) is too
      // weak for "Point Peron".
      // A street is no place of its leading words: "Hampton Avenue" in St. Louis, "Victoria St." in Nelson.
      if (!found.isEmpty() || SiteWords.street(e.name())) {
        return SameNameSeat.citySaid(e.name(), SameNameSeat.preferred(found));
      }
      return SameNameSeat.citySaid(e.name(), candidates.ofLeadingWords(e.name()).stream()
          .filter(p -> known(p, 10_000) && (broad(p) || leadsWith(e.name(), p))).toList());
    }
    if (e.type().equals("ORGANIZATION")) {
      // A government named by its seat ("Moscow denied"), else an organization named after its place ("Lagos
      // Chamber of Commerce", "Nigerian Association of ..."): its home, if that is a well-known place.
      List<GeoPoint> whole = candidates.of(e.name());
      return whole.isEmpty() ? candidates.ofLeadingWords(e.name()).stream().filter(p -> known(p, TOWN)).toList()
          : SameNameSeat.preferred(whole);
    }
    if (e.type().equals("PERSON")) {
      // A country the tagger took for a person ("Zimbabwe said ..."); a one-word "person" of whom nothing
      // personal is known (no pronoun, title, honorific or first name gave a gender) may also be a well-known
      // town or division by its own name ("Honolulu", "Cork"); else no place: "Kent" may well be a person.
      // The place must carry that very name: another place's alternate spelling ("Sams") is too weak.
      boolean bare = e.gender().isEmpty() && !e.name().strip().contains(" ");
      List<GeoPoint> own = candidates.of(e.name()).stream().filter(p -> p.isCountry() || bare && wellKnown(p)
          && PlaceNames.key(p.name()).equals(PlaceNames.key(e.name()))).toList();
      // A newspaper or firm the tagger took for a person ("Honolulu Star-Advertiser"), when nothing personal is
      // known of it: its home, if its leading words are a well-known place by that place's own name.
      return own.isEmpty() && e.gender().isEmpty() ? candidates.ofLeadingWords(e.name()).stream()
          .filter(p -> wellKnown(p) && e.name().startsWith(p.name() + " ")).toList() : own;
    }
    return List.of();
  }

  private static boolean wellKnown(GeoPoint p) {
    return known(p, WELL_KNOWN);
  }

  private static boolean known(GeoPoint p, long population) {
    return governmentSeat(p) || p.featureCode().startsWith("ADM") || p.featureCode().equals("CONT")
        || p.population() >= population;
  }

  /**
   * The name starts with the town's own name, or with another spelling of a city of 100,000 (the same first three
   * letters: "Zaporizhzhia Nuclear Power Plant" for GeoNames' "Zaporizhzhya"; not "Old Town" for Las Vegas).
   */
  private static boolean leadsWith(String name, GeoPoint p) {
    String key = PlaceNames.key(name);
    String own = PlaceNames.key(p.name());
    return key.startsWith(own + " ") || wellKnown(p) && own.length() >= 3 && key.startsWith(own.substring(0, 3));
  }

  /** A place that covers its region's name ("North Africa", "South Texas"): a country, continent or division. */
  private static boolean broad(GeoPoint p) {
    return governmentSeat(p) || p.featureCode().equals("CONT") || p.featureCode().startsWith("ADM");
  }

  private static boolean governmentSeat(GeoPoint p) {
    return p.isCountry() || p.featureCode().equals("PPLC") || p.featureCode().equals("ADM1");
  }

  /** Candidates in a stable order, for tests. */
  List<GeoPoint> candidates(String written) {
    return new ArrayList<>(candidates.of(written));
  }
}
