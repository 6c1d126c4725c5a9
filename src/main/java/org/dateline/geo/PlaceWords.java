package org.dateline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * Places an article names without a place name of its own: an adjective or demonym ("Chinese", "the Russian
 * army"; kind {@code adjective}) and a country's name inside another name ("Air Zimbabwe", "Bank of Mauritius";
 * kind {@code embedded}; also a place the tagger saw inside a name the entity stage dropped). Each becomes a LOCATION mention of the place (joined to the article's entity already
 * resolved to the same point, else to a new entity after the others), so a map counts what the article is about.
 * They are neither names the tagger found nor names of their own: NER scores count kind {@code name} only, and
 * quotes and events read the table without them.
 */
final class PlaceWords {

  static final String ADJECTIVE = "adjective";
  static final String EMBEDDED = "embedded";
  private static final int LONGEST = 3;

  private final Candidates candidates;
  private final Map<String, String> placeOfDemonym;

  PlaceWords(Candidates candidates, Map<String, String> demonyms) {
    this.candidates = candidates;
    this.placeOfDemonym = demonyms;
  }

  /** A place word found in the text: its span and the place it stands for. */
  record Found(int start, int end, int sentence, String kind, String place, List<GeoPoint> options) {
  }

  List<Found> find(Doc doc, EntityTable table) {
    List<Found> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (int n = Math.min(LONGEST, tokens.size() - i); n >= 1; n--) {
        Token first = tokens.get(i);
        Token last = tokens.get(i + n - 1);
        if (last.sentence() != first.sentence() || !capitalized(tokens.subList(i, i + n))) {
          continue;
        }
        Found f = at(doc, table, first, last);
        if (f != null) {
          out.add(f);
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  private Found at(Doc doc, EntityTable table, Token first, Token last) {
    Mention around = null;
    for (Mention m : table.mentions()) {
      if (m.start() <= first.start() && last.end() <= m.end() && !m.isTemporal()) {
        if (m.type().equals("LOCATION") && m.kind().equals(Mention.NAME)
            && (placeable(table, m) || WaterName.named(m.text()))) {
          return null; // already a place of its own, or a sea named after a land
        }
        if (m.kind().equals(Mention.NAME)) {
          around = m;
        }
      }
    }
    String written = doc.text(first.start(), last.end());
    String lower = written.toLowerCase(Locale.ROOT);
    String place = placeOfDemonym.get(lower);
    boolean plural = last.pos().endsWith("S");
    boolean adjective = place != null && !PlaceNames.key(place).equals(PlaceNames.key(written));
    // A surname in a placed name, or a sea named after a land ("the Ruritanian Sea"): not the adjective's country.
    if (adjective && (surnameInPlacedName(table, around, first)
        || WaterName.follows(doc.article().text(), last.end()))) {
      return null;
    }
    if (adjective && !plural) {
      List<GeoPoint> options = broad(candidates.of(place.replace(".", "")));
      return options.isEmpty() ? null
          : new Found(first.start(), last.end(), first.sentence(), ADJECTIVE, place, options);
    }
    // A country or continent inside another name, not that whole name (that is the geocoder's own case).
    // In a name the geocoder could not place ("Marine Energy Wales", "Connecting California"), also a division or
    // a city of 100,000 by its own name.
    if (around != null && (around.start() != first.start() || around.end() != last.end())) {
      boolean unplaced = table.geo().of(around.entityId()).filter(p -> !p.isBorrowed()).isEmpty();
      List<GeoPoint> options = candidates.of(written).stream()
          .filter(p -> p.isCountry() || p.featureCode().equals("CONT") || unplaced && inName(p, written)).toList();
      return options.isEmpty() ? null
          : new Found(first.start(), last.end(), first.sentence(), EMBEDDED, written, options);
    }
    // A place the tagger saw inside a name it did not see ("the Oklahoma Republicans", "the Dublin International
    // Piano Competition"): the entity stage drops it as a name, no NER mention, but the text still names the place.
    if (around == null && TagRuns.place(doc, first, last)) {
      List<GeoPoint> options = candidates.of(written);
      return options.isEmpty() ? null
          : new Found(first.start(), last.end(), first.sentence(), EMBEDDED, written, options);
    }
    // A country the tagger took for a miscellaneous name or left untagged, or one in a heading.
    List<GeoPoint> country = around == null ? UntaggedCountry.options(doc, table, candidates, first, last) : List.of();
    if (!country.isEmpty()) {
      return new Found(first.start(), last.end(), first.sentence(), EMBEDDED, written, country);
    }
    // A town the tagger missed before its division or country ("Severn, Md.", "Bowling Green, Kentucky"): a place
    // of that name inside the container the article's next name was placed at.
    if (around == null) {
      List<GeoPoint> inside = TownBeforeContainer.options(doc, table, candidates, written, last);
      if (!inside.isEmpty()) {
        return new Found(first.start(), last.end(), first.sentence(), EMBEDDED, written, inside);
      }
    }
    List<GeoPoint> town = around != null ? List.of() : LocativeTown.options(doc, table, candidates, first, last);
    town = town.isEmpty() && around == null ? DivisionWord.options(doc, candidates, first, last) : town;
    town = town.isEmpty() && around == null ? BracketDateline.options(doc, candidates, first, last) : town;
    if (!town.isEmpty()) {
      return new Found(first.start(), last.end(), first.sentence(), EMBEDDED, written, town);
    }
    // A currency named by its country ("59.2 billion US dollars", "Hong Kong dollars"): the tagger reads the whole
    // amount as money, but the text still names the country.
    if (around == null && TagRuns.money(doc, first, last)) {
      List<GeoPoint> options = candidates.of(written).stream().filter(GeoPoint::isCountry).toList();
      return options.isEmpty() ? null
          : new Found(first.start(), last.end(), first.sentence(), EMBEDDED, written, options);
    }
    return null;
  }

  /**
   * An adjective inside a placed name, after its first word ("Percy French Hotel"): a surname in a building's name,
   * which lies where the name was placed, not in the adjective's country ("the Russian Embassy" starts with it).
   */
  private static boolean surnameInPlacedName(EntityTable table, Mention around, Token first) {
    return around != null && around.start() < first.start() && table.geo().of(around.entityId()).isPresent();
  }

  /**
   * A division, county or city of 100,000 called by its own name, which names the organizations of its people; not
   * by a code ("NS" in "Elmhill NS", a school, is no Nova Scotia).
   */
  private static boolean inName(GeoPoint p, String written) {
    boolean wide = p.featureCode().equals("ADM1") || p.featureCode().equals("ADM2")
        || p.featureCode().startsWith("PPL") && p.population() >= 100_000;
    return wide && PlaceNames.key(p.name()).equals(PlaceNames.key(written));
  }

  /**
   * A place name is its own place unless the geocoder found no point for it and it is longer than one word (words
   * joined by a hyphen count as two): then a country or continent inside it ("Kurdish Syria", "Pakistan
   * Afghanistan", "Europe-Mediterranean") still puts the article on the map.
   */
  private static boolean placeable(EntityTable table, Mention m) {
    return table.geo().of(m.entityId()).filter(p -> !p.isBorrowed()).isPresent()
        || !m.text().strip().matches("(?s).*[\\s-].*");
  }

  /** An adjective names a country, continent or division rather than a town ("Georgian", "Asian"). */
  private static List<GeoPoint> broad(List<GeoPoint> found) {
    List<GeoPoint> wide = found.stream().filter(p -> p.isCountry() || p.featureCode().equals("CONT")
        || p.featureCode().equals("ADM1")).toList();
    return wide.isEmpty() ? found : wide;
  }

  private static boolean capitalized(List<Token> words) {
    for (Token t : words) {
      if (t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
