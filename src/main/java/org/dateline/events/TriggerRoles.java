package org.dateline.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * The actor and target heads of one trigger: of an eventive noun through {@link NounRoles}, of a verb through
 * {@link Participants}; for an act the subject underwent ("Eriador received money from Osgiliath") the giver acts
 * and the subject is the target.
 *
 * @param actor  head token of the actor, named (a row needs one, see {@link #of})
 * @param target head token of the target, or empty
 */
record TriggerRoles(Optional<Integer> actor, Optional<Integer> target) {

  /** Empty when the trigger has no identifiable actor and is no bare occurrence ("talks took place"). */
  static Optional<TriggerRoles> of(DepTree tree, Participants roles, Trigger t) {
    if (t.reversed()) {
      Optional<Integer> giver = source(tree, roles, t.verb()).filter(roles::hasName);
      Optional<Integer> subject = roles.actor(t.verb()).filter(roles::hasName);
      return giver.map(g -> new TriggerRoles(giver, subject.filter(s -> !s.equals(g))));
    }
    Optional<Integer> actor = (t.nominal() ? NounRoles.actor(tree, t.token(), roles) : roles.actor(t.verb()))
        .filter(roles::hasName);
    boolean occurrence = t.nominal() && !tree.relation(t.token()).equals("obj");
    if (actor.isEmpty() && !occurrence) {
      // "disputes should be resolved", "crowds trashed", "the two leaders have not held talks": no identifiable
      // actor, no row. Only "talks took place" may leave the actor open: the sentence may not name the parties.
      return Optional.empty();
    }
    int a = actor.orElse(-1);
    Optional<Integer> target = t.nominal() ? NounRoles.target(tree, t.token(), a, roles) : roles.target(t.verb(), a);
    return Optional.of(new TriggerRoles(actor, target));
  }

  /**
   * Whom the subject got it from, by name: "received money from Osgiliath", "a loan from the IMF"; not "died from
   * his injuries".
   */
  private static Optional<Integer> source(DepTree tree, Participants roles, int verb) {
    int obj = tree.child(verb, "obj");
    List<Integer> heads = obj >= 0 ? List.of(verb, obj) : List.of(verb);
    for (int head : heads) {
      for (int k : tree.children(head)) {
        boolean oblique = tree.relation(k).startsWith("obl") || tree.relation(k).startsWith("nmod");
        if (oblique && Set.of("from", "by").contains(tree.caseOf(k)) && roles.isNamed(k) && roles.isParticipant(k)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }
}
