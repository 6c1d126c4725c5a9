package org.dateline.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.Dependency;

/**
 * To whom: a participant-like object, the possessor or proposer of an abstract object ("rejected the Kremlin's
 * proposal", "a U.S. request"), a with/against/to/at oblique, or the target of the act a threat or demand is about.
 */
final class Targets {

  private static final Set<String> TARGET_CASES = Set.of("with", "against", "to", "at", "on", "toward",
      "towards", "into", "from", "upon", "between");

  private final DepTree tree;
  private final Lexicon lexicon;
  private final Phrases names;

  Targets(DepTree tree, Lexicon lexicon, Phrases names) {
    this.tree = tree;
    this.lexicon = lexicon;
    this.names = names;
  }

  /** The head token of the target of {@code verb}, or empty; never a reflexive ("blew themselves up"). */
  Optional<Integer> target(int verb, int actor) {
    return anyTarget(verb, actor).filter(t -> !tree.token(t).word().toLowerCase(Locale.ROOT).endsWith("self")
        && !tree.token(t).word().toLowerCase(Locale.ROOT).endsWith("selves"));
  }

  private Optional<Integer> anyTarget(int verb, int actor) {
    if (tree.isPassive(verb)) {
      return tree.child(verb, "nsubj:pass").filter(t -> t != actor);
    }
    Optional<Integer> iobj = tree.child(verb, "iobj").filter(names::isParticipant);
    if (iobj.isPresent()) {
      return iobj;
    }
    Optional<Integer> obj = tree.child(verb, "obj");
    if (obj.isPresent() && names.isNamed(obj.get())) {
      return obj;
    }
    // A common-noun object is the target only when nothing named is around it: in "fired shells at Seoul" and
    // "restore ties with Libya" the named oblique is the target, in "arrested students" the object is.
    Optional<Integer> inner = obj.flatMap(o -> tree.child(o, "nmod:poss")
        .filter(p -> !tree.token(p).pos().equals("PRP$")).or(() -> oblique(o, actor))
        .or(() -> proposer(o, actor)));
    return inner.or(() -> oblique(verb, actor)).or(() -> obj.filter(names::isParticipant))
        .or(() -> complementTarget(verb, actor));
  }

  /**
   * "threatened to cut off electricity to Nakhichevan": a threat, demand or refusal is aimed at the target of the
   * act it is about; "demanded that the US cancel": at the subject of that act.
   */
  Optional<Integer> complementTarget(int verb, int actor) {
    if (isSpeech(verb)) {
      return Reports.content(tree, verb).flatMap(c -> named(c, actor));
    }
    // "..., a Jordanian official confirmed" is the source of the news, not its content
    Optional<Integer> ccomp = tree.child(verb, "ccomp")
        .filter(c -> c > verb && !isSpeech(c) && !Reports.isSourceClause(tree, c));
    if (ccomp.isPresent()) {
      return tree.child(ccomp.get(), "nsubj").filter(s -> s != actor && names.isParticipant(s));
    }
    // The act a threat or refusal is about, or the purpose of a protest ("to demand the resignation of X").
    for (Dependency d : tree.children(verb)) {
      boolean purpose = d.relation().equals("advcl") && tree.child(d.dependent(), "mark")
          .map(m -> tree.token(m).word().equalsIgnoreCase("to")).orElse(false);
      if ((d.relation().equals("xcomp") || purpose) && tree.token(d.dependent()).pos().startsWith("VB")) {
        Optional<Integer> t = target(d.dependent(), actor);
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Who made what is rejected, accepted or answered: "a U.S. request", "an Indian proposal", "calls by Kofi Annan",
   * "an offer from Afghanistan" are aimed back at the requester.
   */
  private Optional<Integer> proposer(int thing, int actor) {
    String lemma = tree.token(thing).lemma().toLowerCase(Locale.ROOT);
    if (!lexicon.isAbstract(lemma) && lexicon.noun(lemma).isEmpty()) {
      return Optional.empty();
    }
    for (Dependency d : tree.children(thing)) {
      int m = d.dependent();
      boolean by = d.relation().startsWith("nmod") && Set.of("by", "from").contains(tree.caseOf(m));
      boolean modifier = (d.relation().equals("amod") || d.relation().equals("compound")) && names.isNamed(m)
          || d.relation().equals("amod") && Phrases.NAMED_NER.contains(tree.token(m).ner());
      if (m != actor && (by && names.isParticipant(m) || modifier)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * "Frodo said he has deep satisfaction toward Gondor": a statement is aimed at the first one its content names,
   * other than the speaker and pronouns (which mostly stand for the speaker).
   */
  private Optional<Integer> named(int content, int actor) {
    for (int i : tree.subtree(content, DepTree.CLAUSAL)) {
      boolean head = !tree.relation(i).equals("compound") && !tree.token(i).pos().startsWith("PRP");
      if (head && i != actor && names.isNamed(i) && names.isParticipant(i)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** "..., a Jordanian official confirmed": a reporting verb, whose subject is the source, not a target. */
  private boolean isSpeech(int verb) {
    return lexicon.verb(tree.token(verb).lemma().toLowerCase(Locale.ROOT))
        .map(e -> e.code().startsWith("01")).orElse(false);
  }

  private Optional<Integer> oblique(int head, int actor) {
    for (Dependency d : tree.children(head)) {
      if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && d.dependent() != actor
          && TARGET_CASES.contains(tree.caseOf(d.dependent()))) {
        if (names.isParticipant(d.dependent())) {
          return Optional.of(d.dependent());
        }
        // "protest against Sweden's decision": the decision's owner is the target
        Optional<Integer> owner = tree.child(d.dependent(), "nmod:poss").filter(o -> o != actor && names.isNamed(o));
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    // "welcomed a resumption of ties between Gondor and Osgiliath": look one "of" phrase deeper.
    for (Dependency d : tree.children(head)) {
      boolean of = d.relation().equals("nmod") && tree.caseOf(d.dependent()).equals("of");
      if (of && !tree.token(head).pos().startsWith("VB")) {
        Optional<Integer> inner = oblique(d.dependent(), actor);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }
}
