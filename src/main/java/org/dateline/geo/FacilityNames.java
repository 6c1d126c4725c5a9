package org.dateline.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * The names of local facilities the tagger missed or cut short: a run of capitalised words ending in a facility's
 * head noun ({@link FacilityWords}: "Lincoln High", "Elm Theatre", "John Henry Smith Middle" where only the
 * person was tagged), a head noun followed by "of" and a name ("Embassy of the Republic of Peru", "Grand Mall of
 * Asia"), a street led by its number ("14th St.") and a street block ("500 block of Jeffords"). A name that a
 * mention already covers is that mention's business ({@link NearbyPlace}); one that only holds shorter mentions is
 * a facility of its own.
 */
final class FacilityNames {

  /** A found name: its first and last tokens, and the town its own name ends in ("Courthouse Kilbride"). */
  record Span(Token first, Token last, Optional<GeoPoint> town) {

    Span(Token first, Token last) {
      this(first, last, Optional.empty());
    }

    /** Whether this span shares a character with the tokens {@code from..to}. */
    boolean overlaps(Token from, Token to) {
      return first.start() < to.end() && from.start() < last.end();
    }
  }

  /** Lower-case words that may join the capitalised words of one name ("Arts and Science Campus"). */
  private static final Set<String> JOINS = Set.of("and", "&", "of", "for", "de");

  /** Capitalised words that open a sentence or a name without being part of it. */
  private static final Set<String> OPENERS = Set.of("The", "A", "An", "At", "In", "On", "From", "To", "This");

  /** Tags of a time after a name ("14th St. Thursday"), which does not continue it. */
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  /** A street's quarter after its name ("22nd St. North"). */
  private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "NW", "NE", "SW", "SE");

  private FacilityNames() {
  }

  static List<Span> find(Doc doc, EntityTable table) {
    List<Span> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    Map<String, GeoPoint> towns = towns(table);
    int floor = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token head = tokens.get(i);
      Span s = FacilityWords.head(head) ? named(tokens, i, floor) : block(tokens, i);
      s = s == null && FacilityWords.head(head) ? withTown(tokens, i, floor, towns) : s;
      if (s != null && !covered(table, s)) {
        out.add(s);
        i = s.last().index();
        floor = i + 1;
      }
    }
    return out;
  }

  /** The name ending in the head noun at {@code i}, extended by "of" and a name after it; null when none. */
  private static Span named(List<Token> tokens, int i, int floor) {
    Token head = tokens.get(i);
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    boolean quarter = next != null && FacilityWords.street(head) && COMPASS.contains(next.word());
    if (next != null && sameSentence(head, next) && proper(next) && !TEMPORAL.contains(next.ner()) && !quarter) {
      return null; // not the last word of its name: "High Court", "Park Avenue"
    }
    int first = firstOf(tokens, i, floor);
    // An opening word, or a demonym before a name ("the Russian Higher School of Economics"): a modifier, which
    // the place words read as a place of its own.
    while (first < i && (OPENERS.contains(tokens.get(first).word())
        || tokens.get(first).ner().equals("NATIONALITY"))) {
      first++;
    }
    int last = quarter ? i + 1 : ofName(tokens, i);
    return first < i || last > i ? new Span(tokens.get(first), tokens.get(last)) : null;
  }

  /** The first token of the name ending in the head at {@code i}, not before {@code floor}. */
  private static int firstOf(List<Token> tokens, int i, int floor) {
    Token head = tokens.get(i);
    if (i > floor && FacilityWords.street(head) && FacilityWords.number(tokens.get(i - 1))) {
      return i - 1; // "14th St."
    }
    int first = i;
    for (int j = i - 1; j >= floor && sameSentence(head, tokens.get(j)); j--) {
      Token t = tokens.get(j);
      if (proper(t)) {
        first = j;
        continue;
      }
      // "Arts and Science Campus"; not a list of facilities ("Smith Middle and Lincoln High")
      if (!JOINS.contains(t.word()) || j == floor || !proper(tokens.get(j - 1))
          || FacilityWords.head(tokens.get(j - 1))) {
        break;
      }
    }
    return first;
  }

  /** The last token of "of (the) Name ..." after the head at {@code i}, else {@code i}. */
  private static int ofName(List<Token> tokens, int i) {
    int j = i + 1;
    if (j >= tokens.size() || !tokens.get(j).word().equals("of")) {
      return i;
    }
    j += j + 1 < tokens.size() && tokens.get(j + 1).word().equals("the") ? 2 : 1;
    int last = i;
    while (j < tokens.size() && sameSentence(tokens.get(i), tokens.get(j))
        && (proper(tokens.get(j)) || tokens.get(j).word().equals("of") && last > i)) {
      last = proper(tokens.get(j)) ? j : last;
      j++;
    }
    return last;
  }

  /**
   * A head noun followed by the name of a town the article placed ("Courthouse Kilbride", "Agriculture Park
   * Tolo"): the facility of that town, which the tagger missed or typed as an organization.
   */
  private static Span withTown(List<Token> tokens, int i, int floor, Map<String, GeoPoint> towns) {
    int j = i + 1;
    if (j + 1 > tokens.size() || !sameSentence(tokens.get(i), tokens.get(j))) {
      return null;
    }
    GeoPoint town = towns.get(tokens.get(j).word().toLowerCase(Locale.ROOT));
    if (town == null || j + 1 < tokens.size() && proper(tokens.get(j + 1))) {
      return null;
    }
    int first = i;
    while (first > floor && sameSentence(tokens.get(i), tokens.get(first - 1)) && proper(tokens.get(first - 1))) {
      first--;
    }
    return new Span(tokens.get(first), tokens.get(j), Optional.of(town));
  }

  /** The article's places resolved to a town, by lower-cased one-word name. */
  private static Map<String, GeoPoint> towns(EntityTable table) {
    Map<String, GeoPoint> out = new HashMap<>();
    for (Entity e : table.entities()) {
      table.geo().of(e.entityId()).filter(p -> e.type().equals("LOCATION") && p.featureCode().startsWith("PPL"))
          .filter(p -> !e.name().contains(" ")).ifPresent(p -> out.put(e.name().toLowerCase(Locale.ROOT), p));
    }
    return out;
  }

  /** "500 block of Jeffords": a street's stretch, by its number, "block of" and the street's name. */
  private static Span block(List<Token> tokens, int i) {
    if (i < 1 || i + 2 >= tokens.size() || !tokens.get(i).word().equals("block")
        || !FacilityWords.number(tokens.get(i - 1)) || !tokens.get(i + 1).word().equals("of")) {
      return null;
    }
    int last = i + 1;
    while (last + 1 < tokens.size() && sameSentence(tokens.get(i), tokens.get(last + 1))
        && proper(tokens.get(last + 1))) {
      last++;
    }
    return last > i + 1 ? new Span(tokens.get(i - 1), tokens.get(last)) : null;
  }

  /** A capitalised word of a name: a proper noun, or a capitalised noun or adjective ("Science", "High"). */
  private static boolean proper(Token t) {
    String pos = t.pos();
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
        && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("VBG"));
  }

  private static boolean sameSentence(Token a, Token b) {
    return a.sentence() == b.sentence();
  }

  /**
   * A mention already spans the whole name (or more): the name is that mention's; but an organization's name
   * ending in its town has no point of the geocoder's, so the town's facility is a place of its own.
   */
  private static boolean covered(EntityTable table, Span s) {
    for (Mention m : table.mentions()) {
      boolean unplacedSame = s.town().isPresent() && !m.type().equals("LOCATION") && m.start() == s.first().start()
          && m.end() == s.last().end() && table.geo().of(m.entityId()).isEmpty();
      if (!m.isTemporal() && m.start() <= s.first().start() && s.last().end() <= m.end() && !unplacedSame) {
        return true;
      }
    }
    return false;
  }
}
