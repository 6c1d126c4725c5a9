package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.nlp.Dependency;

/**
 * One row per actor-target pair, as in GDELT: "Galadriel and Gollum boycotted the parade" is two events, and a
 * reciprocal act with no separate target ("The Philippines and France agree", "X and Y met") is coded both ways.
 * A phrase without coordinated names stays one participant, whatever its length.
 */
final class Dyads {

  /** Roots whose acts are mutual when several parties do them together: intent, consult, diplomatic cooperation. */
  private static final Set<String> RECIPROCAL = Set.of("03", "04", "05");
  private static final int MAX_MEMBERS = 4;

  private Dyads() {
  }

  record Dyad(Participant actor, Participant target) {
  }

  static List<Dyad> of(DepTree tree, Participants roles, Optional<Integer> actor, Optional<Integer> target,
                       String root) {
    List<Participant> actors = members(tree, roles, actor);
    List<Participant> targets = members(tree, roles, target.filter(t -> !t.equals(actor.orElse(-1))));
    List<Dyad> out = new ArrayList<>();
    if (targets.isEmpty() && actors.size() > 1 && RECIPROCAL.contains(root)) {
      for (Participant a : actors) {
        for (Participant b : actors) {
          if (a != b) {
            out.add(new Dyad(a, b));
          }
        }
      }
      return out;
    }
    for (Participant a : actors.isEmpty() ? List.of(Participant.NONE) : actors) {
      for (Participant t : targets.isEmpty() ? List.of(Participant.NONE) : targets) {
        out.add(new Dyad(a, t));
      }
    }
    return out;
  }

  private static List<Participant> members(DepTree tree, Participants roles, Optional<Integer> head) {
    if (head.isEmpty()) {
      return List.of();
    }
    List<Integer> heads = new ArrayList<>(List.of(head.get()));
    for (int i = 0; i < heads.size() && heads.size() < MAX_MEMBERS; i++) {
      for (Dependency d : tree.children(heads.get(i))) {
        if (d.relation().equals("conj") && roles.hasName(d.dependent()) && heads.size() < MAX_MEMBERS) {
          heads.add(d.dependent());
        }
      }
    }
    if (heads.size() == 1 || !roles.hasName(head.get())) {
      return List.of(roles.phrase(head.get()));
    }
    return heads.stream().map(roles::member).toList();
  }
}
