package org.dateline.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;

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
      int subject = tree.child(verb, "nsubj:pass");
      return subject >= 0 && subject != actor ? Optional.of(subject) : Optional.empty();
    }
    int iobj = tree.child(verb, "iobj");
    if (iobj >= 0 && names.isParticipant(iobj)) {
      return Optional.of(iobj);
    }
    int obj = tree.child(verb, "obj");
    if (obj >= 0 && names.isNamed(obj)) {
      return Optional.of(obj);
    }
    // A common-noun object is the target only when nothing named is around it: in "fired shells at Seoul" and
    // "restore ties with Libya" the named oblique is the target, in "arrested students" the object is.
    if (obj >= 0) {
      Optional<Integer> demandedOf = demandedOf(verb, obj, actor);
      if (demandedOf.isPresent()) {
        return demandedOf;
      }
      int owner = tree.child(obj, "nmod:poss");
      if (owner >= 0 && !tree.token(owner).pos().equals("PRP$")) {
        return Optional.of(owner);
      }
      Optional<Integer> inner = oblique(obj, actor).or(() -> proposer(obj, actor)).or(() -> leadsTo(obj, actor));
      if (inner.isPresent()) {
        return inner;
      }
    }
    return oblique(verb, actor).or(() -> obj >= 0 && names.isParticipant(obj) ? Optional.of(obj) : Optional.empty())
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
    int ccomp = tree.child(verb, "ccomp");
    if (ccomp > verb && !isSpeech(ccomp) && !Reports.isSourceClause(tree, ccomp)) {
      int subject = tree.childExactly(ccomp, "nsubj");
      return subject >= 0 && subject != actor && names.isParticipant(subject) ? Optional.of(subject)
          : Optional.empty();
    }
    // The act a threat or refusal is about, or the purpose of a protest ("to demand the resignation of X").
    for (int k : tree.children(verb)) {
      boolean purpose = tree.relation(k).equals("advcl") && Clauses.hasMark(tree, k, Set.of("to"));
      if ((tree.relation(k).equals("xcomp") || purpose) && tree.token(k).pos().startsWith("VB")) {
        Optional<Integer> t = target(k, actor);
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "demanded the withdrawal of Serbian forces from Bosnia", "demanded the removal of President X": a demand is
   * aimed at the party of the act demanded (the object's "of" phrase), not at a place the act names.
   */
  private Optional<Integer> demandedOf(int verb, int obj, int actor) {
    if (!lexicon.isDemanding(tree.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int k : tree.children(obj)) {
      if (k != actor && tree.relation(k).equals("nmod") && tree.caseOf(k).equals("of") && names.isParticipant(k)) {
        return Optional.of(k);
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
    for (int m : tree.children(thing)) {
      String rel = tree.relation(m);
      boolean by = rel.startsWith("nmod") && Set.of("by", "from").contains(tree.caseOf(m));
      boolean modifier = (rel.equals("amod") || rel.equals("compound")) && names.isNamed(m)
          || rel.equals("amod") && Phrases.NAMED_NER.contains(tree.token(m).ner());
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
    for (int i : tree.subtree(content, Clauses.CLAUSAL)) {
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

  /**
   * "cordoned off the roads leading into Mordor", "closed the bridge linking it to Gondor": a thing the object's
   * participle ties to a named party stands for that party.
   */
  private Optional<Integer> leadsTo(int thing, int actor) {
    for (int k : tree.children(thing)) {
      if (tree.relation(k).equals("acl") && tree.token(k).pos().equals("VBG")) {
        Optional<Integer> party = oblique(k, actor);
        if (party.isPresent()) {
          return party;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> oblique(int head, int actor) {
    for (int k : tree.children(head)) {
      if ((tree.relation(k).startsWith("obl") || tree.relation(k).startsWith("nmod")) && k != actor
          && TARGET_CASES.contains(tree.caseOf(k))) {
        if (names.isParticipant(k)) {
          return Optional.of(k);
        }
        // "protest against Sweden's decision": the decision's owner is the target
        int owner = tree.child(k, "nmod:poss");
        if (owner >= 0 && owner != actor && names.isNamed(owner)) {
          return Optional.of(owner);
        }
      }
    }
    // "welcomed a resumption of ties between Gondor and Osgiliath": look one "of" phrase deeper.
    for (int k : tree.children(head)) {
      boolean of = tree.relation(k).equals("nmod") && tree.caseOf(k).equals("of");
      if (of && !tree.token(head).pos().startsWith("VB")) {
        Optional<Integer> inner = oblique(k, actor);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }
}
