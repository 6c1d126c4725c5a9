package org.dateline.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Quote;
import org.dateline.doc.Token;

/**
 * Resolves the grammatical source of a cue ({@link Sources} finds it) to the speaker as written and to an
 * entity of the article through the entity table, whose nominal and pronoun mentions were already linked to
 * people by the entity stage.
 */
final class Speakers {

  /** Parts of a subject that are not the speaker's own mention: "Hugh Hill, a doctor, who ..." is Hugh Hill. */
  private static final Set<String> NOT_MENTION = Set.of("appos", "acl:relcl", "acl", "punct", "parataxis", "case",
      "advcl", "dep", "cc", "conj");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that");

  private final Doc doc;
  private final EntityTable entities;

  Speakers(Doc doc, EntityTable entities) {
    this.doc = doc;
    this.entities = entities;
  }

  /** The speaker as written (head plus its modifiers, without appositions), resolved to an entity. */
  Quote.Speaker speaker(DepTree tree, int head) {
    int named = namedApposition(tree, head);
    if (named >= 0) {
      head = named;
    }
    int[] subtree = tree.span(head, NOT_MENTION);
    int[] span = SpeakerSpan.cut(doc.tokens(), head, subtree[0], subtree[1]);
    int resolveAt = head;
    // "who said" speaks for the noun the relative clause belongs to.
    if (RELATIVES.contains(doc.tokens().get(head).word().toLowerCase(Locale.ROOT))) {
      int clause = tree.head(head);
      if (clause >= 0 && tree.relation(clause).equals("acl:relcl") && tree.head(clause) >= 0) {
        resolveAt = tree.head(clause);
      }
    }
    return speaker(span[0], span[1], resolveAt);
  }

  /**
   * "The head of the Super PAC, Mike Murphy, praised ...": a description with a person's name in apposition is
   * spoken by the name; PolNeAR marks the name (or the whole phrase with it), and the table wants who.
   */
  private int namedApposition(DepTree tree, int head) {
    Token h = doc.tokens().get(head);
    if (!h.pos().startsWith("NN") || h.pos().startsWith("NNP")) {
      return -1;
    }
    for (int k : tree.children(head)) {
      Token t = doc.tokens().get(k);
      if (k > head && tree.relation(k).equals("appos") && t.pos().startsWith("NNP") && t.ner().equals("PERSON")) {
        return k;
      }
    }
    return -1;
  }

  /** The speaker written as tokens {@code first..last}, resolved to the entity mentioned at {@code resolveAt}. */
  Quote.Speaker speaker(int first, int last, int resolveAt) {
    Token from = doc.tokens().get(first);
    Token to = doc.tokens().get(last);
    // The name, not a nominal or pronoun around it, and never a date ("Tuesday" in "said on Tuesday").
    Optional<Entity> e = entities.referentAt(doc.tokens().get(resolveAt)).flatMap(m -> entities.entity(m.entityId()));
    String text = doc.text(from.start(), to.end());
    return e.map(found -> new Quote.Speaker(text, from.start(), to.end(), found.entityId(), found.name(), found.type()))
        .orElse(new Quote.Speaker(text, from.start(), to.end(), "", "", ""));
  }

  /** Whether the speaker was reached through a pronoun or nominal linked by the entity stage. */
  String how(Quote.Speaker s) {
    if (s.entityId().isEmpty()) {
      return Quote.SYNTAX;
    }
    for (Mention m : entities.mentions()) {
      if (m.start() >= s.start() && m.end() <= s.end() && m.entityId().equals(s.entityId())
          && m.kind().equals(Mention.NAME)) {
        return Quote.SYNTAX;
      }
    }
    return Quote.COREF;
  }

  static boolean isPunct(Token t) {
    return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().codePointAt(0));
  }
}
