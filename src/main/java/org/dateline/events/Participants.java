package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.entities.Mention;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Token;

/**
 * Who did it and to whom, from the dependency parse. The actor is the subject (or a passive's by-agent), found by
 * climbing open complements, conjuncts and participles ("Putin rejected ..., instead inviting X": Putin invites);
 * the target is a participant-like object, the possessor of an abstract object ("rejected the Kremlin's proposal"),
 * or a with/against/to/at oblique.
 */
final class Participants {

  private static final Set<String> PHRASE_STOP = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis",
      "advcl", "ccomp", "dep", "mark", "cc:preconj", "list", "xcomp", "nmod:tmod", "obl:tmod");
  private static final Set<String> TARGET_CASES = Set.of("with", "against", "to", "at", "on", "toward",
      "towards", "into", "from", "upon", "between");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "invite", "call", "force", "persuade",
      "order", "tell", "encourage", "allow", "help", "press", "pressure");

  private final DepTree tree;
  private final MentionIndex mentions;
  private final Lexicon lexicon;

  Participants(DepTree tree, MentionIndex mentions, Lexicon lexicon) {
    this.tree = tree;
    this.mentions = mentions;
    this.lexicon = lexicon;
  }

  boolean isPassive(int verb) {
    return tree.child(verb, "nsubj:pass", "aux:pass").isPresent();
  }

  /**
   * The actor, with an unresolved pronoun in a reported clause replaced by the speaker ("NATO confirmed it would
   * tighten": NATO), which is what such a pronoun refers to in news far more often than not.
   */
  Optional<Integer> actor(int verb) {
    Optional<Integer> a = subject(verb);
    if (a.isPresent() && tree.token(a.get()).pos().equals("PRP") && mentions.participant("", tree.token(a.get()))
        .entityId().isEmpty()) {
      int v = verb;
      while (tree.relation(v).equals("xcomp") && tree.governor(v) >= 0) {
        v = tree.governor(v);
      }
      if (tree.relation(v).equals("ccomp") && tree.governor(v) >= 0) {
        Optional<Integer> speaker = tree.child(tree.governor(v), "nsubj").filter(this::hasName);
        if (speaker.isPresent() && !tree.token(speaker.get()).pos().equals("PRP")) {
          return speaker;
        }
      }
    }
    return a;
  }

  private Optional<Integer> subject(int verb) {
    int v = verb;
    for (int hops = 0; hops < 6 && v >= 0; hops++) {
      if (isPassive(v)) {
        return agent(v);
      }
      Optional<Integer> subj = tree.child(v, "nsubj", "csubj");
      if (subj.isPresent()) {
        int s = subj.get();
        boolean relative = RELATIVE.contains(tree.token(s).word().toLowerCase(Locale.ROOT));
        return relative && tree.relation(v).equals("acl:relcl") ? Optional.of(tree.governor(v)) : subj;
      }
      String rel = tree.relation(v);
      int gov = tree.governor(v);
      if (gov < 0) {
        return Optional.empty();
      }
      if (rel.equals("xcomp") && tree.child(gov, "nsubj:pass").isPresent()) {
        return tree.child(gov, "nsubj:pass");  // "Gollum was seen to break in": Gollum breaks in
      }
      if (rel.equals("xcomp") && OBJECT_CONTROL.contains(tree.token(gov).lemma())) {
        Optional<Integer> obj = tree.child(gov, "obj", "iobj");
        if (obj.isPresent()) {
          return obj;
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
    for (Dependency d : tree.children(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().startsWith("obl") && tree.caseOf(d.dependent()).equals("by")) {
        return Optional.of(d.dependent());
      }
    }
    return Optional.empty();
  }

  /** The head token of the target of {@code verb}, or empty; never a reflexive ("blew themselves up"). */
  Optional<Integer> target(int verb, int actor) {
    return anyTarget(verb, actor).filter(t -> !tree.token(t).word().toLowerCase(Locale.ROOT).endsWith("self")
        && !tree.token(t).word().toLowerCase(Locale.ROOT).endsWith("selves"));
  }

  private Optional<Integer> anyTarget(int verb, int actor) {
    if (isPassive(verb)) {
      return tree.child(verb, "nsubj:pass").filter(t -> t != actor);
    }
    Optional<Integer> iobj = tree.child(verb, "iobj").filter(this::isParticipant);
    if (iobj.isPresent()) {
      return iobj;
    }
    Optional<Integer> obj = tree.child(verb, "obj");
    if (obj.isPresent() && isNamed(obj.get())) {
      return obj;
    }
    // A common-noun object is the target only when nothing named is around it: in "fired shells at Seoul" and
    // "restore ties with Libya" the named oblique is the target, in "arrested students" the object is.
    Optional<Integer> inner = obj.flatMap(o -> tree.child(o, "nmod:poss")
        .filter(p -> !tree.token(p).pos().equals("PRP$")).or(() -> oblique(o, actor))
        .or(() -> proposer(o, actor)));
    return inner.or(() -> oblique(verb, actor)).or(() -> obj.filter(this::isParticipant))
        .or(() -> complementTarget(verb, actor));
  }

  /**
   * "threatened to cut off electricity to Nakhichevan": a threat, demand or refusal is aimed at the target of the
   * act it is about; "demanded that the US cancel": at the subject of that act.
   */
  Optional<Integer> complementTarget(int verb, int actor) {
    Optional<Integer> ccomp = tree.child(verb, "ccomp").filter(c -> c > verb && !isSpeech(c));
    if (ccomp.isPresent()) {
      return tree.child(ccomp.get(), "nsubj").filter(s -> s != actor && isParticipant(s));
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
      boolean modifier = (d.relation().equals("amod") || d.relation().equals("compound")) && isNamed(m)
          || d.relation().equals("amod") && NAMED_NER.contains(tree.token(m).ner());
      if (m != actor && (by && isParticipant(m) || modifier)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** "..., a Jordanian official confirmed": a reporting verb, whose subject is the source, not a target. */
  private boolean isSpeech(int verb) {
    return lexicon.verb(tree.token(verb).lemma().toLowerCase(Locale.ROOT))
        .map(e -> e.code().startsWith("01")).orElse(false);
  }

  /** A name or a pronoun: an entity mention, a proper noun, or a personal pronoun. */
  boolean isNamed(int head) {
    Token t = tree.token(head);
    return mentions.at(t).map(m -> !m.type().equals("DATE")).orElse(false)
        || t.pos().startsWith("NNP") || t.pos().equals("PRP");
  }

  private Optional<Integer> oblique(int head, int actor) {
    for (Dependency d : tree.children(head)) {
      if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && d.dependent() != actor
          && TARGET_CASES.contains(tree.caseOf(d.dependent()))) {
        if (isParticipant(d.dependent())) {
          return Optional.of(d.dependent());
        }
        // "protest against Sweden's decision": the decision's owner is the target
        Optional<Integer> owner = tree.child(d.dependent(), "nmod:poss").filter(o -> o != actor && isNamed(o));
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    // "welcomed a resumption of ties between Gondor and Osgiliath": look one "of" phrase deeper.
    for (Dependency d : tree.children(head)) {
      if (d.relation().equals("nmod") && tree.caseOf(d.dependent()).equals("of") && !tree.token(head).pos().startsWith("VB")) {
        Optional<Integer> inner = oblique(d.dependent(), actor);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /** A noun that names who or what takes part, not an abstract or eventive thing ("the proposal", "talks"). */
  boolean isParticipant(int head) {
    Token t = tree.token(head);
    Optional<Mention> m = mentions.at(t);
    if (m.isPresent() || t.ner().matches("DATE|TIME|DURATION|SET|NUMBER|MONEY|PERCENT|ORDINAL")) {
      return m.isPresent() && Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(m.get().type());
    }
    String pos = t.pos();
    if (pos.startsWith("NNP") || pos.equals("PRP")) {
      return !t.lemma().equalsIgnoreCase("it") || tree.relation(head).startsWith("nsubj");
    }
    return pos.startsWith("NN") && lexicon.noun(t.lemma().toLowerCase(Locale.ROOT)).isEmpty()
        && !lexicon.isAbstract(t.lemma().toLowerCase(Locale.ROOT)) && hasName(head);
  }

  private static final Set<String> NAMED_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "COUNTRY",
      "CITY", "STATE_OR_PROVINCE", "RELIGION", "IDEOLOGY", "MISC", "CAUSE_OF_DEATH", "TITLE");

  /**
   * The phrase names someone: a proper noun, a pronoun, a nationality or a title in it ("Israeli troops", "their
   * forces", "the Ukrainian president"). A bare "crowds" or "an investigation" identifies no actor, and an event
   * coder (GDELT, PETRARCH) writes no row without one.
   */
  boolean hasName(int head) {
    for (int i : tree.subtree(head, PHRASE_STOP)) {
      Token t = tree.token(i);
      boolean title = t.ner().equals("TITLE") && i != head;  // "President" before a name is not the name
      if (!title && !t.ner().matches("DATE|TIME|DURATION|SET") && (t.pos().startsWith("NNP") || t.pos().startsWith("PRP") || NAMED_NER.contains(t.ner())
          || mentions.at(t).map(m -> !m.type().equals("DATE")).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  /** One member of a coordination ("Galadriel" in "Galadriel nor Gollum"), without the other members. */
  Participant member(int head) {
    return phrase(head, MEMBER_STOP);
  }

  private static final Set<String> MEMBER_STOP = union(PHRASE_STOP, Set.of("conj", "cc"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  /** The phrase a head stands for: its non-clausal dependents, as one span of text. */
  Participant phrase(int head) {
    return phrase(head, PHRASE_STOP);
  }

  private Participant phrase(int head, Set<String> stop) {
    List<Integer> span = tree.subtree(head, stop).stream()
        .filter(i -> i == head || !tree.token(i).ner().matches("DATE|TIME")).toList();
    int from = 0;
    while (from < span.size() - 1 && tree.relation(span.get(from)).equals("case")
        && tree.governor(span.get(from)) == head) {
      from++;  // "with Libya" is the target Libya
    }
    Token first = tree.token(span.get(from));
    Token last = tree.token(head);
    // The phrase ends at the first comma or date after its head: "the UN on Tuesday", "al-Bashir, following ...".
    for (int i : span) {
      boolean next = i == last.index() + 1;
      boolean listed = i == last.index() + 2 && tree.token(i - 1).word().equals(",")
          && (tree.relation(i).equals("conj") || tree.relation(i).equals("cc"));
      if (i > head && (next || listed)) {
        last = tree.token(i);
      }
    }
    while (last.index() > head && (tree.relation(last.index()).equals("case") || last.pos().equals(","))) {
      last = tree.token(last.index() - 1);  // "the UN on [Tuesday]": the date is gone, so is its "on"
    }
    return mentions.participant(tree.text(first, last), tree.token(head));
  }
}
