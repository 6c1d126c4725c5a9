package org.dateline.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Entity;

/**
 * The head nouns that make a name a site rather than a town: facilities, streets and estates ("Loyola University",
 * "Elm Golf Club", "Hampton Avenue"), which the tagger types as organizations or persons as often as places.
 */
final class SiteWords {

  /** The head nouns of facilities, streets and estates, which the tagger types as organizations or persons. */
  private static final Set<String> FACILITY = Set.of("airport", "arena", "avenue", "basilica", "bridge",
      "building", "campus", "cathedral", "center", "centre", "chapel", "club", "college", "complex",
      "court", "courthouse", "elementary", "estate", "field", "hall", "high", "hospital", "hotel",
      "institute", "library", "mall", "market", "middle", "mosque", "museum", "palace", "park", "parade", "place",
      "plant", "plaza", "prison", "road", "school", "square", "stadium", "station", "street", "temple", "theater",
      "theatre", "tower", "university");

  /** The last words of street names. */
  private static final Set<String> STREET = Set.of("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
      "lane", "drive", "parade", "crescent", "terrace", "highway");

  private SiteWords() {
  }

  /** A street's name ("Hampton Avenue", "Victoria St."), by its last word. */
  static boolean street(String name) {
    String[] words = words(name);
    return STREET.contains(words[words.length - 1]);
  }

  /** The lower-cased words of a name, without punctuation. */
  static String[] words(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", "").strip().split("[\\s-]+");
  }

  /** "Loyola University", "Guildhall School of Music": a facility's word last, or before "of"; or a street. */
  static boolean facility(Entity e) {
    String[] words = words(e.name());
    return words.length > 0 && !words[0].isEmpty() && (facility(words[words.length - 1])
        || List.of(words).indexOf("of") > 0 && facility(words[List.of(words).indexOf("of") - 1]));
  }

  /**
   * A facility's head noun, of this class or of the facility names' ({@link FacilityWords}: "Harbour Works", and
   * every street word).
   */
  static boolean facility(String word) {
    return FACILITY.contains(word) || FacilityWords.word(word);
  }
}
