package org.dateline.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Participant;

/**
 * Who did it and to whom, from the dependency parse. The actor is the subject (or a passive's by-agent), found by
 * climbing open complements, conjuncts and participles ("Putin rejected ..., instead inviting X": Putin invites);
 * targets ({@link Targets}) and phrases ({@link Phrases}) have their own classes, reached through this one.
 */
final class Participants {

  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "invite", "call", "force", "persuade",
      "order", "tell", "encourage", "allow", "help", "press", "pressure");

  private final DepTree tree;
  private final EntityTable entities;
  private final Phrases names;
  private final Targets targets;

  Participants(Doc doc, DepTree tree, EntityTable entities, Lexicon lexicon) {
    this.tree = tree;
    this.entities = entities;
    this.names = new Phrases(doc, tree, entities, lexicon);
    this.targets = new Targets(tree, lexicon, names);
  }

  /**
   * The actor, with an unresolved pronoun in a reported clause replaced by the speaker ("NATO confirmed it would
   * tighten": NATO), which is what such a pronoun refers to in news far more often than not.
   */
  Optional<Integer> actor(int verb) {
    Optional<Integer> a = subject(verb);
    if (a.isPresent() && isThing(a.get())) {
      return NounRoles.parties(tree, a.get(), this);
    }
    if (a.isPresent() && tree.token(a.get()).pos().equals("PRP") && entities.entityAt(tree.token(a.get())).isEmpty()) {
      int v = verb;
      while (tree.relation(v).equals("xcomp") && tree.head(v) >= 0) {
        v = tree.head(v);
      }
      if (tree.relation(v).equals("ccomp") && tree.head(v) >= 0) {
        int speaker = tree.childExactly(tree.head(v), "nsubj");
        if (speaker >= 0 && names.hasName(speaker) && !tree.token(speaker).pos().equals("PRP")) {
          return Optional.of(speaker);
        }
      }
    }
    return a;
  }

  private Optional<Integer> subject(int verb) {
    int v = verb;
    for (int hops = 0; hops < 6 && v >= 0; hops++) {
      if (tree.isPassive(v)) {
        return agent(v);
      }
      int s = tree.childExactly(v, "nsubj", "csubj");
      if (s >= 0) {
        boolean relative = RELATIVE.contains(tree.token(s).word().toLowerCase(Locale.ROOT));
        return Optional.of(relative && tree.relation(v).equals("acl:relcl") ? tree.head(v) : s);
      }
      String rel = tree.relation(v);
      int gov = tree.head(v);
      if (gov < 0) {
        return Optional.empty();
      }
      if (rel.equals("xcomp") && tree.child(gov, "nsubj:pass") >= 0) {
        return Optional.of(tree.child(gov, "nsubj:pass"));  // "Gollum was seen to break in": Gollum breaks in
      }
      if (rel.equals("xcomp") && OBJECT_CONTROL.contains(tree.token(gov).lemma())) {
        int obj = tree.childExactly(gov, "obj", "iobj");
        if (obj >= 0) {
          return Optional.of(obj);
        }
      }
      if (rel.equals("acl:relcl") || rel.equals("acl") && tree.token(v).pos().equals("VBG")) {
        // "the group attacking the town": the noun does it; "ground seized" or "a place to visit" say nothing.
        return Optional.of(gov);
      }
      if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl"))) {
        return Optional.empty();
      }
      v = gov;
    }
    return Optional.empty();
  }

  private Optional<Integer> agent(int verb) {
    for (int k : tree.children(verb)) {
      boolean by = tree.relation(k).startsWith("obl") && tree.caseOf(k).equals("by");
      if (tree.relation(k).equals("obl:agent") || by) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  Optional<Integer> target(int verb, int actor) {
    return targets.target(verb, actor);
  }

  Optional<Integer> complementTarget(int verb, int actor) {
    return targets.complementTarget(verb, actor);
  }

  /** An eventive noun ("attack", "talks") or a thing said or proposed ("proposal", "resumption"). */
  boolean isThing(int head) {
    return names.isThing(head);
  }

  /** Both tokens lie in one name ("The Globe and Mail"). */
  boolean sameName(int a, int b) {
    var m = entities.mentionAt(tree.token(a));
    return m.isPresent() && m.equals(entities.mentionAt(tree.token(b)));
  }

  boolean isNamed(int head) {
    return names.isNamed(head);
  }

  boolean isParticipant(int head) {
    return names.isParticipant(head);
  }

  boolean hasName(int head) {
    return names.hasName(head);
  }

  boolean memberHasName(int head) {
    return names.memberHasName(head);
  }

  Participant phrase(int head) {
    return names.phrase(head);
  }

  Participant member(int head) {
    return names.member(head);
  }
}
