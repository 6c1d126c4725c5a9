package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Participant;

/**
 * One row per actor-target pair, as in GDELT: "Galadriel and Gollum boycotted the parade" is two events. A joint
 * meeting or commitment with no separate target ("X and Y met", "Jordan and Britain have agreed to hold exercises")
 * is one event whose actor is the whole group, as PLOVER codes it. Diplomatic cooperation among co-actors ("The
 * Philippines and France agree that ...", "X and Y restored ties") is a relation between them: one row each way,
 * as PETRARCH2 codes it and GDELT counts dyads. So is any act of co-actors on something they hold in common ("X and
 * Y downplayed their meeting", "settled their differences"): the act is between them. A phrase without coordinated
 * names stays one participant.
 */
final class Dyads {

  /** Roots whose acts are one joint event when several parties do them together: intent, consult. */
  static final Set<String> RECIPROCAL = Set.of("03", "04");
  private static final int MAX_MEMBERS = 4;
  /** Diplomatic cooperation among co-actors with no other target is cooperation with each other. */
  private static final Set<String> MUTUAL = Set.of("05");

  private Dyads() {
  }

  /**
   * @param joint      a group's joint act with no separate target ("X and Y met"): its target is each other
   * @param actorRole  role words the actor shares with its co-members ("ambassadors" of "the ambassadors of X, Y
   *                   and Z", "Presidents" of "Presidents X and Y"), for its actor code; empty when none
   * @param targetRole the same for the target
   */
  record Dyad(Participant actor, Participant target, boolean joint, String actorRole, String targetRole) {

    Dyad(Participant actor, Participant target) {
      this(actor, target, false, "", "");
    }
  }

  /** The coordinated parties of a phrase and the role words they share (empty when they share none). */
  private record Members(List<Participant> parties, String role) {
  }

  /**
   * @param verb the trigger's verb (its object tells a shared thing), or -1 when none
   */
  static List<Dyad> of(DepTree tree, Participants roles, int verb, Optional<Integer> actor,
                       Optional<Integer> target, String root) {
    Members actorSide = members(tree, roles, actor);
    Members targetSide = members(tree, roles, target.filter(t -> !t.equals(actor.orElse(-1))));
    List<Participant> actors = actorSide.parties();
    List<Participant> targets = targetSide.parties();
    List<Dyad> out = new ArrayList<>();
    if (targets.isEmpty() && actors.size() > 1 && RECIPROCAL.contains(root)) {
      return List.of(new Dyad(roles.phrase(actor.get()), Participant.NONE, true, "", ""));
    }
    if (targets.isEmpty() && actors.size() > 1 && (MUTUAL.contains(root) || actsOnWhatTheyShare(tree, verb))) {
      targetSide = actorSide;  // each with each other; same() below drops the pairs of one party with itself
      targets = actors;
    }
    for (Participant a : actors.isEmpty() ? List.of(Participant.NONE) : actors) {
      for (Participant t : targets.isEmpty() ? List.of(Participant.NONE) : targets) {
        if (!same(a, t)) {
          out.add(new Dyad(a, t, false, actorSide.role(), targetSide.role()));
        }
      }
    }
    return out;
  }

  /** "X and Y downplayed their meeting": the verb's object is the co-actors' own ("their"), shared by them. */
  private static boolean actsOnWhatTheyShare(DepTree tree, int verb) {
    if (verb < 0) {
      return false;
    }
    return tree.children(verb).stream().filter(k -> tree.relation(k).equals("obj"))
        .flatMap(k -> tree.children(k).stream())
        .anyMatch(p -> tree.relation(p).equals("nmod:poss") && tree.token(p).word().equalsIgnoreCase("their"));
  }

  /** "killed 23 people as well as themselves": the actor itself is no member of the target. */
  private static boolean isReflexive(DepTree tree, int head) {
    String w = tree.token(head).word().toLowerCase(java.util.Locale.ROOT);
    return w.endsWith("self") || w.endsWith("selves");
  }

  /** "Reconciliation between Calenardhon and Gondor" spurred by Gondor: no one acts on themselves. */
  private static boolean same(Participant a, Participant t) {
    boolean entity = !a.entityId().isEmpty() && a.entityId().equals(t.entityId());
    return !t.isEmpty() && (entity || a.text().equalsIgnoreCase(t.text()));
  }

  private static Members members(DepTree tree, Participants roles, Optional<Integer> head) {
    if (head.isEmpty()) {
      return new Members(List.of(), "");
    }
    List<Integer> heads = new ArrayList<>(List.of(head.get()));
    // "Eriadori and Calenardhon leaders", "the ambassadors of Arnor, Osgiliath and Gondor": the parties are the
    // coordinated names that modify an unnamed head ("Matthew Ingram of The Globe and Mail" is one person).
    for (int k : roles.isNamed(head.get()) ? List.<Integer>of() : tree.children(head.get())) {
      String rel = tree.relation(k);
      boolean modifier = rel.equals("compound") || rel.equals("amod")
          || rel.equals("nmod") && tree.caseOf(k).equals("of");
      if (modifier && roles.memberHasName(k) && tree.children(k).stream()
          .anyMatch(c -> tree.relation(c).equals("conj") && roles.memberHasName(c) && !roles.sameName(k, c))) {
        heads = new ArrayList<>(List.of(k));
        break;
      }
    }
    for (int i = 0; i < heads.size() && heads.size() < MAX_MEMBERS; i++) {
      for (int k : tree.children(heads.get(i))) {
        if (tree.relation(k).equals("conj") && roles.hasName(k) && heads.size() < MAX_MEMBERS) {
          heads.add(k);
        }
      }
    }
    // "The lions and the evil Gondor": only the named members take part in the dyads.
    List<Integer> named = heads.stream().filter(h -> roles.memberHasName(h) && !isReflexive(tree, h)).toList();
    if (heads.size() == 1 && heads.get(0).equals(head.get()) || named.isEmpty()) {
      return new Members(List.of(roles.phrase(head.get())), "");
    }
    return new Members(named.stream().map(roles::member).toList(), RoleWords.shared(tree, head.get(), heads.get(0)));
  }
}
