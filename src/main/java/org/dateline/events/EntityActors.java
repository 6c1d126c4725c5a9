package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.doc.ActorCodes;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * The actor stage: gives every person, organization and place of an article one CAMEO actor code, which every
 * event row naming it then uses. In this order, the first that says something wins:
 * <ol>
 *   <li>the article's own words: a country or organization and a role noun attached to a name ("Ukraine's
 *   President Volodymyr Zelensky", "Kremlin aide Yuri Ushakov", an appositive) or a nominal mention linked to
 *   the entity ("the Ukrainian president"); the code most of them give, the earliest on a tie;</li>
 *   <li>the actor dictionary in use for the whole name or one of its aliases (a dated code only on a day it
 *   covers); for an organization, its name's words coded as an event phrase is, when they give a country and a
 *   role ("Russian Defense Ministry": RUSGOV; "Radio Free Europe" names a region, not who runs it);</li>
 *   <li>the article's words giving a country alone ("Russia's Vladimir Putin": RUS);</li>
 *   <li>for a place, the country the geocoder put it in (Kyiv: UKR).</li>
 * </ol>
 * The words are looked up in the same dictionaries as event phrases: the bundled ones, or the {@code --actors} and
 * {@code --agents} files that replace them. Thread-safe.
 */
public final class EntityActors {

  private final ActorDictionary dictionary;
  private final ActorCoder coder;

  public EntityActors(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    this.coder = new ActorCoder(dictionary);
  }

  public EntityTable code(Doc doc, EntityTable table) {
    Optional<LocalDate> day = DatedCode.isoDay(doc.article().published());
    Map<String, List<String>> evidence = new LinkedHashMap<>();
    for (Mention m : table.mentions()) {
      if (m.entityId().isEmpty() || m.isTemporal() || m.kind().equals(Mention.PRONOUN)) {
        continue;
      }
      List<String> phrases = m.kind().equals(Mention.NOMINAL)
          ? (RoleEvidence.isPast(m.text()) ? List.of() : List.of(m.text())) : RoleEvidence.phrases(doc, m);
      for (String p : phrases) {
        String code = coder.code(p, "", day);
        if (ActorCodes.hasCountry(code)) {
          evidence.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(code);
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : table.entities()) {
      List<String> said = evidence.getOrDefault(e.entityId(), List.of());
      out.add(e.withActorCode(codeOf(e, said, table.geo().of(e.entityId()), day)));
    }
    return table.withEntities(out);
  }

  private String codeOf(Entity e, List<String> said, Optional<GeoPoint> place, Optional<LocalDate> day) {
    boolean isPlace = e.type().equals("LOCATION");
    if (!isPlace) {
      Optional<String> role = mostSaid(said.stream().filter(ActorCodes::hasRole).toList());
      if (role.isPresent()) {
        return role.get();
      }
    }
    Optional<String> known = wholeName(e, day);
    if (known.isEmpty() && e.type().equals("ORGANIZATION")) {
      known = Optional.of(coder.code(e.name(), "", day)).filter(ActorCodes::hasRole);
    }
    if (known.isPresent()) {
      return known.get();
    }
    if (!isPlace) {
      return mostSaid(said).orElse("");
    }
    // A borrowed point (a street or building put at its town) is no evidence of the place's own country.
    return place.filter(p -> !p.isBorrowed()).map(p -> ActorCodes.ofIso2(p.countryCode())).orElse("");
  }

  /** The dictionary's code for the entity's name or an alias, written in full ("Jordan Peterson" is not JOR). */
  private Optional<String> wholeName(Entity e, Optional<LocalDate> day) {
    List<String> names = new ArrayList<>(List.of(e.name()));
    names.addAll(e.aliases());
    for (String n : names) {
      List<String> words = ActorWords.of(n);
      for (ActorDictionary.Match<ActorDictionary.Actor> m : dictionary.actors(words)) {
        if (m.start() == 0 && m.end() == words.size()) {
          Optional<String> code = m.value().codeOn(day);
          if (code.isPresent()) {
            return code;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The code given most often, the earliest on a tie. */
  private static Optional<String> mostSaid(List<String> codes) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    codes.forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
  }
}
