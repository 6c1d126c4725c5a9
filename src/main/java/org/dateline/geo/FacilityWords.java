package org.dateline.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.doc.Token;

/**
 * The closed class of head nouns that make a name a local facility: a building, institution, site or street
 * ("Elm Theatre", "Lincoln High", "Kingsway Prison", "Harbour Works", "14th St."). Such a place lies in the
 * town the article is about, so it borrows that town's point ({@link FacilityNames}). The class is defined by
 * construction (what kind of place the last word says), never by any place's name.
 */
final class FacilityWords {

  /** Buildings, institutions and sites, by the last word of their names. */
  private static final Set<String> BUILDINGS = Set.of("academy", "airport", "arena", "auditorium", "barracks",
      "basilica", "building", "campus", "cathedral", "cemetery", "center", "centre", "chapel", "clinic", "club",
      "college", "complex", "courthouse", "elementary", "estate", "factory",
      "gallery", "hall", "high", "hospital", "hotel", "institute", "jail", "library", "mall", "market", "middle",
      "mill", "mosque", "museum", "palace", "park", "pavilion", "plant", "plaza", "prison", "school",
      "stadium", "station", "synagogue", "temple", "terminal", "theater", "theatre", "tower", "university",
      "works", "zoo");

  /**
   * A country's mission abroad, which lies in the host city: a name of the tagger's with a demonym in it ("the
   * Peruvian Embassy") keeps that adjective as the country's place word, so only the names the tagger missed
   * ("Embassy of the Republic of Peru") count.
   */
  private static final Set<String> MISSIONS = Set.of("embassy", "consulate");

  /** Protected and enclosed areas ("Blue Lake Environmental Protection Area"), by their last word. */
  private static final Set<String> SITES = Set.of("area", "reserve", "sanctuary");

  /** The last words of street names. */
  private static final Set<String> STREETS = Set.of("street", "st", "avenue", "ave", "road", "rd", "boulevard",
      "blvd", "lane", "drive", "parade", "crescent", "terrace", "highway", "square");

  /** An ordinal or house number that leads a street's name ("14th St.", "30 22nd St."). */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:st|nd|rd|th)?");

  private FacilityWords() {
  }

  /** The word, lower-cased without its full stop ("St." to "st"). */
  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
  }

  /** A capitalised head noun of a facility, site or street. */
  static boolean head(Token t) {
    String k = key(t.word());
    return Character.isUpperCase(t.word().charAt(0)) && (word(k) || MISSIONS.contains(k));
  }

  /** A lower-cased head noun of a facility, site or street ("theatre", "st"). */
  static boolean word(String lower) {
    return BUILDINGS.contains(lower) || SITES.contains(lower) || STREETS.contains(lower);
  }

  /** A street's head noun, which a house number or ordinal may lead. */
  static boolean street(Token t) {
    return STREETS.contains(key(t.word()));
  }

  static boolean number(Token t) {
    return NUMBER.matcher(t.word().toLowerCase(Locale.ROOT)).matches();
  }
}
