package org.dateline.events;

import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * Participants of an eventive noun: "talks among Ukrainian, Russian and U.S. officials", "Russia's attacks",
 * "strikes against Iran"; with a light verb ("Russia launched strikes") the verb's subject is the actor.
 */
final class NounRoles {

  private static final Set<String> ACTOR_CASES = Set.of("among", "between", "by", "of", "from");
  private static final Set<String> TARGET_CASES = Set.of("against", "on", "with", "to", "toward", "towards");

  private NounRoles() {
  }

  static Optional<Integer> actor(DepTree tree, int noun, Participants roles) {
    int verb = tree.head(noun);
    if (verb >= 0 && tree.relation(noun).equals("obj")) {
      Optional<Integer> subject = roles.actor(verb).filter(roles::hasName);
      if (subject.isPresent()) {
        return subject;  // "Clinton imposed sanctions on the Taliban", "they continued their hunger strike"
      }
    }
    Optional<Integer> own = own(tree, noun, roles);
    boolean contained = tree.relation(noun).equals("nmod") && tree.caseOf(noun).equals("of");
    // "the round of talks among officials": the container noun carries the participants.
    return own.isPresent() || !contained ? own : own(tree, tree.head(noun), roles);
  }

  /**
   * "Resumption of ties between Arnor and Gondor may spur ...", "US Predator attacks have killed ...": an act or a
   * thing said does nothing itself; the parties named in it do (its possessor, a between/by/of phrase, a name
   * modifying it), looking through "of" ("resumption of ties"). "An arms embargo against Mordor warned": no one.
   */
  static Optional<Integer> parties(DepTree tree, int noun, Participants roles) {
    Optional<Integer> own = named(tree, noun, roles);
    for (int i = 0; own.isEmpty() && i < tree.children(noun).size(); i++) {
      int k = tree.children(noun).get(i);
      if (tree.relation(k).equals("nmod") && tree.caseOf(k).equals("of") && roles.isThing(k)) {
        own = named(tree, k, roles);
      }
    }
    return own;
  }

  /** Its possessor, a between/by/of party or a name modifying it; a possessive pronoun only when nothing else. */
  private static Optional<Integer> named(DepTree tree, int noun, Participants roles) {
    int poss = tree.child(noun, "nmod:poss");
    if (poss >= 0 && !tree.token(poss).pos().equals("PRP$")) {
      return Optional.of(poss);
    }
    for (int k : tree.children(noun)) {
      boolean party = tree.relation(k).startsWith("nmod") && ACTOR_CASES.contains(tree.caseOf(k));
      boolean modifier = Set.of("compound", "amod").contains(tree.relation(k)) && roles.isNamed(k);
      if (party && roles.isParticipant(k) || modifier && roles.hasName(k)) {
        return Optional.of(k);
      }
    }
    return poss >= 0 ? Optional.of(poss) : Optional.empty();
  }

  private static Optional<Integer> own(DepTree tree, int noun, Participants roles) {
    int poss = tree.child(noun, "nmod:poss");
    if (poss >= 0) {
      return Optional.of(poss);
    }
    for (int k : tree.children(noun)) {
      if (tree.relation(k).startsWith("nmod") && ACTOR_CASES.contains(tree.caseOf(k)) && roles.isParticipant(k)) {
        return Optional.of(k);
      }
    }
    int verb = tree.head(noun);
    if (verb >= 0 && tree.relation(noun).equals("obj")) {
      return roles.actor(verb);
    }
    return Optional.empty();
  }

  static Optional<Integer> target(DepTree tree, int noun, int actor, Participants roles) {
    for (int k : tree.children(noun)) {
      if (tree.relation(k).startsWith("nmod") && TARGET_CASES.contains(tree.caseOf(k)) && roles.isParticipant(k)
          && k != actor) {
        return Optional.of(k);
      }
    }
    // With a light verb the target may sit on the noun ("the blockade of Serbia"), on the verb ("imposed sanctions
    // on X") or in its purpose clause.
    int verb = tree.head(noun);
    if (verb >= 0 && tree.relation(noun).equals("obj")) {
      for (int k : tree.children(noun)) {
        if (tree.relation(k).equals("nmod") && tree.caseOf(k).equals("of") && k != actor && roles.isNamed(k)) {
          return Optional.of(k);
        }
      }
      for (int k : tree.children(verb)) {
        if (tree.relation(k).startsWith("obl") && TARGET_CASES.contains(tree.caseOf(k)) && roles.isParticipant(k)
            && k != actor) {
          return Optional.of(k);
        }
      }
      return roles.complementTarget(verb, actor);
    }
    return Optional.empty();
  }
}
