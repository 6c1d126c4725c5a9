package org.dateline.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;
import org.dateline.doc.Mention;

/**
 * A place the gazetteer lacks (a building, street, estate, hamlet: "Barclays Center", "Fitzwilliam Place",
 * "Ghouta") lies where the article puts it, as GDELT places events: at the town or division its own text names
 * right after it ("X Stadium in Y", "X Street, Y"), else at the article's main town. Such a point is marked
 * {@link GeoPoint#NEAR} with no GeoNames id, so a user can tell it from a gazetteer entry. Only names that are places:
 * a {@code LOCATION} that is no broad region ("Middle East", "Pacific Ocean", "Latin America" stay unplaced), or a
 * person or organization whose last word is a facility's ("Loyola University", "Elm Golf Club"; not "house" or
 * "church", which name institutions as often: "the White House", "the Catholic Church"), or an organization listed
 * beside a facility ({@link SiteUse}).
 */
final class NearbyPlace {

  /**
   * Words that make a name a region, body of water or state wider than any town ("Democratic People's Republic of
   * Korea" when the gazetteer misses the style): it gets no borrowed point.
   */
  private static final Set<String> BROAD = Set.of("ocean", "sea", "gulf", "peninsula", "river", "continent",
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle",
      "americas", "latin", "pacific", "atlantic", "arctic", "antarctic", "mediterranean", "republic", "kingdom",
      "federation", "emirates", "union");

  private NearbyPlace() {
  }

  /** The borrowed points of the entities {@code resolved} lacks that are places, by entity id. */
  static Map<String, GeoPoint> of(String text, EntityTable table, Map<String, GeoPoint> resolved,
      Candidates candidates) {
    Map<String, GeoPoint> out = new HashMap<>();
    GeoPoint mainTown = MainTown.of(table, resolved);
    FacilityLocale locale = new FacilityLocale(text, table.withGeo(new Geocoding(resolved, "")));
    for (Entity e : table.entities()) {
      if (resolved.containsKey(e.entityId())) {
        continue;
      }
      boolean listed = e.type().equals("ORGANIZATION")
          && (SiteUse.listedWithFacility(text, table, e) || SiteUse.siteAt(text, table, e));
      if (!listed && !placeLike(e, candidates)) {
        institutionInTown(text, table, e, resolved).ifPresent(p -> out.put(e.entityId(), p.lent()));
        continue;
      }
      // A facility lies in the town its text puts it in ("X Hospital ... in Y", a town of its sentence), as one
      // the tagger missed does ({@link FacilityLocale}); a far main town is the last resort. A town abroad of the
      // heart town's country is likelier a namesake read wrong ("Hall", "Republic") than the facility's town.
      // Any other place lies at the place named right after it, else at the town of its sentence.
      boolean site = listed || SiteWords.facility(e);
      GeoPoint at = homeland(site ? closeTown(table, e, locale) : null, mainTown);
      at = at != null ? at : namedAfter(text, table, e, resolved);
      at = at != null || site ? at : homeland(sentenceTown(table, e, locale), mainTown);
      // The heart town is the last resort, unless the name's own sentence puts it in another country or division.
      if (at == null || at.isCountry()) {
        at = mainTown != null && (at == null || at.countryCode().equals(mainTown.countryCode()))
            && !NamedElsewhere.from(table, e, resolved, mainTown) ? mainTown : null;
      }
      if (at != null) {
        out.put(e.entityId(), at.lent());
      }
    }
    return out;
  }

  /** The town, unless it lies outside the heart town's country. */
  private static GeoPoint homeland(GeoPoint town, GeoPoint mainTown) {
    return town == null || mainTown == null || town.countryCode().equals(mainTown.countryCode()) ? town : null;
  }

  /** The town {@code locale} finds for the entity's first name mention, or null. */
  private static GeoPoint closeTown(EntityTable table, Entity e, FacilityLocale locale) {
    for (Mention m : table.mentions()) {
      if (m.entityId().equals(e.entityId()) && m.kind().equals(Mention.NAME)) {
        return locale.close(m.start(), m.end(), m.sentence());
      }
    }
    return null;
  }

  /**
   * The town named in a sentence with one of the entity's names, nearest to it: a hamlet the gazetteer lacks ("the
   * market at Elmby and the park at Oakford") lies by the town its sentence names, not at a far heart town.
   */
  private static GeoPoint sentenceTown(EntityTable table, Entity e, FacilityLocale locale) {
    for (Mention m : table.mentions()) {
      GeoPoint p = m.entityId().equals(e.entityId()) && m.kind().equals(Mention.NAME)
          ? locale.inSentence(m.start(), m.sentence()) : null;
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** The resolved place named right after one of the entity's names ("X Street, Y", "X in Y"), if any. */
  private static GeoPoint namedAfter(String text, EntityTable table, Entity e, Map<String, GeoPoint> resolved) {
    for (Mention m : table.mentions()) {
      if (!m.entityId().equals(e.entityId()) || !m.kind().equals(Mention.NAME) || m.end() > text.length()) {
        continue;
      }
      Matcher join = FacilityLocale.JOIN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
      if (!join.find()) {
        continue;
      }
      int at = m.end() + join.end();
      for (Mention next : table.mentions()) {
        GeoPoint p = resolved.get(next.entityId());
        if (next.start() == at && next.type().equals("LOCATION") && p != null && !p.featureCode().equals("CONT")) {
          return p;
        }
      }
    }
    return null;
  }

  /** The last words of names that are buildings as often as institutions ("the Elm Street Church", "the Church"). */
  private static final Set<String> INSTITUTION = Set.of("church", "house");

  /**
   * A church or house, or any organization written after "at" ({@link SiteUse}: "talks at the Elm Council in Y"),
   * that the text puts in a town right after its name ("Elm Church in Y"): a building there; not in a country or
   * division, where it is the institution ("the Catholic Church in Ruritania").
   */
  private static Optional<GeoPoint> institutionInTown(String text, EntityTable table, Entity e,
      Map<String, GeoPoint> resolved) {
    String[] words = SiteWords.words(e.name());
    boolean institution = words.length > 1 && INSTITUTION.contains(words[words.length - 1]);
    if (!(institution || SiteUse.afterAt(text, table, e)) || e.type().equals("LOCATION")) {
      return Optional.empty();
    }
    return Optional.ofNullable(namedAfter(text, table, e, resolved)).filter(p -> p.featureCode().startsWith("PPL"));
  }

  private static boolean placeLike(Entity e, Candidates candidates) {
    String[] words = SiteWords.words(e.name());
    if (words.length == 0 || words[0].isEmpty()) {
      return false;
    }
    boolean facility = SiteWords.facility(e);
    if (!e.type().equals("LOCATION")) {
      return facility && words.length > 1 && (e.type().equals("ORGANIZATION") || e.type().equals("PERSON"));
    }
    if (candidates.demonym(e.name())) {
      return false; // "Malays": a people, not a place
    }
    return facility || List.of(words).stream().noneMatch(w -> BROAD.contains(w) || wide(w, candidates));
  }

  /** A word that is itself a country or continent ("Asia-Europe", "Kurdish Syria"): the name is wider than a town. */
  private static boolean wide(String word, Candidates candidates) {
    return candidates.of(word).stream().anyMatch(p -> p.isCountry() || p.featureCode().equals("CONT"));
  }
}
