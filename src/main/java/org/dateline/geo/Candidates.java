package org.dateline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.doc.GeoPoint;

/**
 * The gazetteer places a written name may mean: the name itself; the place of an adjective or demonym ("Russian",
 * "Ukrainians"); an English country name or common short form the gazetteer spells otherwise ("Czechia", "U.S.",
 * "Britain"); and, for "Springfield, Illinois", only the Springfields inside the named division or country.
 */
final class Candidates {

  /**
   * Common short forms of country names, by ISO code, and the official names of the states that share their bare
   * name with another (the two Koreas, the two Chinas); the JDK's English country names are added to them.
   */
  private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("us", "US"),
      Map.entry("usa", "US"), Map.entry("america", "US"), Map.entry("united states of america", "US"),
      Map.entry("american", "US"), Map.entry("uk", "GB"), Map.entry("britain", "GB"),
      Map.entry("great britain", "GB"), Map.entry("british", "GB"), Map.entry("dprk", "KP"), Map.entry("prc", "CN"),
      Map.entry("democratic people's republic of korea", "KP"), Map.entry("republic of korea", "KR"),
      Map.entry("republic of china", "TW"));

  /**
   * Unions named after their continent: news writes "the EU" for Europe's politics as "Washington" for America's,
   * and the gazetteer's "Eu" is a French town.
   */
  private static final Map<String, String> CONTINENT_UNIONS = Map.of("eu", "europe", "european union", "europe",
      "african union", "africa");

  private final Gazetteer gazetteer;
  private final Map<String, String> placeOfDemonym;
  private final Map<String, String> countryOfName = new HashMap<>();

  /** @param demonyms each lower-cased place, adjective or plural ("ukrainian") to its place ("ukraine") */
  Candidates(Gazetteer gazetteer, Map<String, String> demonyms) {
    this.gazetteer = gazetteer;
    this.placeOfDemonym = demonyms;
    for (String cc : Locale.getISOCountries()) {
      countryOfName.put(PlaceNames.key(new Locale("", cc).getDisplayCountry(Locale.ENGLISH)), cc);
    }
    countryOfName.putAll(SHORT_FORMS);
  }

  /** A country's official style before its name: "Republic of Armenia", "the Kingdom of Saudi Arabia". */
  private static final java.util.regex.Pattern STYLE = java.util.regex.Pattern.compile(
      "(?:the\\s+)?(?:(?:Islamic|People's|Federal|Democratic|Socialist|Arab|Hashemite|United|Plurinational|"
          + "Bolivarian|Cooperative|Independent|Union)\\s+)*(?:Republic|Kingdom|State|Commonwealth|Federation|"
          + "Principality|Sultanate|Emirate|Grand Duchy)\\s+of\\s+(?:the\\s+)?(.+)");

  List<GeoPoint> of(String written) {
    java.util.regex.Matcher styled = STYLE.matcher(written.strip());
    // An official name whose bare part two states share ("Republic of Korea"): the short forms above decide.
    if (styled.matches() && !countryOfName.containsKey(PlaceNames.key(written))) {
      List<GeoPoint> country = plain(styled.group(1)).stream().filter(GeoPoint::isCountry).toList();
      if (!country.isEmpty()) {
        return country;
      }
    }
    int comma = written.indexOf(',');
    if (comma > 0) {
      List<GeoPoint> inside = within(plain(written.substring(0, comma)), plain(written.substring(comma + 1)));
      if (!inside.isEmpty()) {
        return inside;
      }
    }
    return plain(written);
  }

  private List<GeoPoint> plain(String written) {
    String key = PlaceNames.key(written);
    String continent = CONTINENT_UNIONS.get(key);
    if (continent != null) {
      return gazetteer.lookup(continent).stream().filter(p -> p.featureCode().equals("CONT")).toList();
    }
    List<GeoPoint> found = new ArrayList<>(gazetteer.lookup(key));
    String demonymPlace = placeOfDemonym.get(key);
    if (found.isEmpty() && demonymPlace != null) {
      found.addAll(gazetteer.lookup(demonymPlace));
      key = PlaceNames.key(demonymPlace);
    }
    if (!found.isEmpty() && found.stream().allMatch(Candidates::smallTown)) {
      found.addAll(compassDivisions(key));
    }
    String cc = countryOfName.get(key);
    if (cc != null && found.stream().noneMatch(p -> p.isCountry() && p.countryCode().equals(cc))) {
      found.addAll(countries(cc));
    }
    return found;
  }

  /** Population from which a town's name is too well known to stand for a region around it. */
  private static final long TOWN_OF_NOTE = 100_000;

  private static boolean smallTown(GeoPoint p) {
    return p.featureCode().startsWith("PPL") && !p.featureCode().equals("PPLC") && p.population() < TOWN_OF_NOTE;
  }

  /**
   * The divisions named by a compass word before the name ("North X" for "X"): a historic region the gazetteer
   * knows only by its compass parts, one of which stands for it near enough, beside the small towns abroad that
   * happen to carry the bare name; the article's other places choose between them.
   */
  private List<GeoPoint> compassDivisions(String key) {
    List<GeoPoint> out = new ArrayList<>();
    for (String compass : List.of("north", "south", "east", "west")) {
      gazetteer.lookup(compass + " " + key).stream().filter(p -> p.featureCode().startsWith("ADM")).forEach(out::add);
    }
    return out;
  }

  /** A people's name or adjective ("Malays", "Kurdish"), which CoreNLP's demonym list maps to a place. */
  boolean demonym(String written) {
    String key = PlaceNames.key(written);
    return placeOfDemonym.containsKey(key) && !PlaceNames.key(placeOfDemonym.get(key)).equals(key);
  }

  private List<GeoPoint> countries(String cc) {
    return gazetteer.country(cc).map(List::of).orElse(List.of());
  }

  /**
   * For a name the gazetteer does not know, the places of its longest known leading words ("Zaporizhzhia Nuclear
   * Power Plant", "Cavan County"): the facility or district lies at or near them.
   */
  List<GeoPoint> ofLeadingWords(String written) {
    String[] words = written.strip().split("\\s+");
    if (WaterName.named(words)) {
      return List.of(); // "Ruritanian Sea": no place of its leading words lies at the water
    }
    if (words.length > 1 && DIRECTIONS.contains(PlaceNames.key(words[0]))) {
      // "Northern Syria", "South Texas": the place after the direction.
      return of(String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)));
    }
    for (int n = words.length - 1; n >= 1; n--) {
      String lead = String.join(" ", java.util.Arrays.copyOf(words, n));
      if (lead.endsWith("'s") || lead.endsWith("\u2019s")) {
        // A possessive names an owner, a saint or a person ("St. Peter's Basilica"), not the place it stands in.
        continue;
      }
      List<GeoPoint> found = plain(lead);
      if (lead.length() <= 3 && lead.equals(lead.toUpperCase(Locale.ROOT))) {
        // An acronym names a country ("US Census Bureau"), never a division or town ("PA Media").
        found = found.stream().filter(GeoPoint::isCountry).toList();
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
      "northeastern", "northwestern", "southeastern", "southwestern");

  /** The places of {@code heads} that lie in one of {@code containers} (a division or a country). */
  private static List<GeoPoint> within(List<GeoPoint> heads, List<GeoPoint> containers) {
    List<GeoPoint> out = new ArrayList<>();
    for (GeoPoint h : heads) {
      for (GeoPoint c : containers) {
        boolean inDivision = c.featureCode().equals("ADM1") && c.admin1().equals(h.admin1());
        if (h.countryCode().equals(c.countryCode()) && (c.isCountry() || inDivision)) {
          out.add(h);
          break;
        }
      }
    }
    return out;
  }
}
