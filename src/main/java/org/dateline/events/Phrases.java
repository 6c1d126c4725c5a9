package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Participant;
import org.dateline.doc.Token;

/**
 * Which words name a participant, and the phrase a participant head stands for: "the UN" in "the UN on Tuesday",
 * "Galadriel" in "Galadriel nor Gollum", resolved to its entity through the entity table.
 */
final class Phrases {

  private static final Set<String> PHRASE_STOP = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis",
      "advcl", "ccomp", "dep", "mark", "cc:preconj", "list", "xcomp", "nmod:tmod", "obl:tmod");

  private final Doc doc;
  private final DepTree tree;
  private final EntityTable entities;
  private final Lexicon lexicon;

  Phrases(Doc doc, DepTree tree, EntityTable entities, Lexicon lexicon) {
    this.doc = doc;
    this.tree = tree;
    this.entities = entities;
    this.lexicon = lexicon;
  }

  /** A name or a pronoun: an entity mention, a proper noun, or a personal pronoun. */
  boolean isNamed(int head) {
    Token t = tree.token(head);
    return entities.mentionAt(t).map(m -> !m.type().equals("DATE")).orElse(false)
        || t.pos().startsWith("NNP") || t.pos().equals("PRP");
  }

  /** A noun that names who or what takes part, not an abstract or eventive thing ("the proposal", "talks"). */
  boolean isParticipant(int head) {
    Token t = tree.token(head);
    Optional<Mention> m = entities.mentionAt(t);
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

  boolean isThing(int head) {
    String lemma = tree.token(head).lemma().toLowerCase(Locale.ROOT);
    return tree.token(head).pos().startsWith("NN") && !tree.token(head).pos().startsWith("NNP")
        && (lexicon.noun(lemma).isPresent() || lexicon.isAbstract(lemma));
  }

  static final Set<String> NAMED_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "COUNTRY",
      "CITY", "STATE_OR_PROVINCE", "RELIGION", "IDEOLOGY", "MISC", "CAUSE_OF_DEATH", "TITLE");

  /**
   * The phrase names someone: a proper noun, a pronoun, a nationality or a title in it ("Israeli troops", "their
   * forces", "the Ukrainian president"). A bare "crowds" or "an investigation" identifies no actor, and an event
   * coder (GDELT, PETRARCH) writes no row without one.
   */
  boolean hasName(int head) {
    return hasName(head, PHRASE_STOP);
  }

  /** One member of a coordination names someone by itself ("the lions" in "the lions and Gondor" does not). */
  boolean memberHasName(int head) {
    return hasName(head, MEMBER_STOP);
  }

  private boolean hasName(int head, Set<String> stop) {
    for (int i : tree.subtree(head, stop)) {
      Token t = tree.token(i);
      boolean title = t.ner().equals("TITLE") && i != head;  // "President" before a name is not the name
      boolean temporal = t.ner().matches("DATE|TIME|DURATION|SET");
      boolean proper = t.pos().startsWith("NNP") || t.pos().startsWith("PRP") || NAMED_NER.contains(t.ner());
      if (!title && !temporal && (proper
          || entities.mentionAt(t).map(m -> !m.type().equals("DATE")).orElse(false))) {
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
        && tree.head(span.get(from)) == head) {
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
    return participant(doc.text(first.start(), last.end()), tree.token(head));
  }

  /** A participant for a phrase and its head token: resolved to an entity when the head lies in a mention. */
  private Participant participant(String text, Token head) {
    return entities.entityAt(head).map(e -> new Participant(text, head.index(), e.entityId(), e.name(), ""))
        .orElse(new Participant(text, head.index(), "", "", ""));
  }
}
