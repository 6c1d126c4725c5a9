package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.doc.Participant;

/**
 * Gives a participant its CAMEO actor code, as GDELT's {@code Actor1Code}: the code of the first name in its phrase
 * that the actor dictionary knows ("Russian police": RUS; "Bree Prime Minister Romendacil": BRE), else of the entity
 * it resolves to ("he": Frodo, HOB), followed by the agent codes of the phrase's role nouns outside that name
 * (police: COP). News puts the affiliation first ("Ithilen's minister Calimehtar", "Arnor's Elrond"), hence the
 * first name. An agent without a country is {@code ---GOV} ("a senior official"); nothing known is empty.
 */
final class ActorCoder {

  private static final String UNKNOWN_COUNTRY = "---";

  private final ActorDictionary dictionary;

  ActorCoder(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The participant with its code; {@code day} resolves date-restricted codes (the article's date). */
  Participant coded(Participant p, Optional<LocalDate> day) {
    return coded(p, day, Map.of());
  }

  /**
   * The same, where a participant resolving to an entity with a code ({@code entityCodes}, by entity id) takes the
   * entity's code, so one person has one code in every row; only a phrase whose own code adds to the entity's
   * keeps it (the entity RUS, the phrase's "RUSMIL"). An entity without a code leaves the phrase rule.
   */
  Participant coded(Participant p, Optional<LocalDate> day, Map<String, String> entityCodes) {
    if (p.isEmpty()) {
      return p;
    }
    String entity = p.entityId().isEmpty() ? "" : entityCodes.getOrDefault(p.entityId(), "");
    if (entity.isEmpty()) {
      return p.withCode(code(p.text(), p.name(), day));
    }
    String own = code(p.text(), "", day);
    return p.withCode(own.length() > entity.length() && own.startsWith(entity) ? own : entity);
  }

  /**
   * The same for a coordinated party sharing {@code role} words with its co-members ("Arnor" of "the ambassadors of
   * Arnor and Gondor"): coded as if the role were written with its name; its text stays as written.
   */
  Participant coded(Participant p, String role, Optional<LocalDate> day, Map<String, String> entityCodes) {
    if (role.isEmpty() || p.isEmpty()) {
      return coded(p, day, entityCodes);
    }
    Participant withRole = new Participant(p.text() + " " + role, p.head(), p.entityId(), p.name(), "");
    return p.withCode(coded(withRole, day, entityCodes).code());
  }

  /** The code of a phrase as written and the entity name it resolves to (either may be empty). */
  String code(String text, String name, Optional<LocalDate> day) {
    List<String> words = ActorWords.of(text);
    List<ActorDictionary.Match<ActorDictionary.Actor>> names = dictionary.actors(words);
    String actor = firstCode(names, day)
        .or(() -> firstCode(dictionary.actors(ActorWords.of(name)), day))
        .orElse("");
    boolean[] taken = new boolean[words.size()];
    for (ActorDictionary.Match<ActorDictionary.Actor> m : names) {
      for (int i = m.start(); i < m.end(); i++) {
        taken[i] = true;
      }
    }
    List<AgentCode> agents = new ArrayList<>();
    dictionary.agents(words, taken).forEach(m -> agents.add(m.value()));
    return combine(actor, agents);
  }

  /** The first name whose codes hold on the day (a name with only lapsed dated codes says nothing). */
  private static Optional<String> firstCode(List<ActorDictionary.Match<ActorDictionary.Actor>> names,
                                            Optional<LocalDate> day) {
    return names.stream().map(m -> m.value().codeOn(day)).flatMap(Optional::stream).findFirst();
  }

  /** PETRARCH's rule: an agent already in the code is not added twice ("White House officials": USAGOV). */
  static String combine(String actor, List<AgentCode> agents) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (AgentCode a : agents) {
      StringBuilder side = a.before() ? before : after;
      if (!(before + actor + after).contains(a.code())) {
        side.append(a.code());
      }
    }
    if (actor.isEmpty() && after.length() > 0 && before.length() == 0) {
      actor = UNKNOWN_COUNTRY;
    }
    return before + actor + after;
  }
}
