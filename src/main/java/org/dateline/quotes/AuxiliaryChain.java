package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * The auxiliaries in front of a non-finite cue ("are now positing", "would call", "has said", "was calling for"):
 * with them the cue is the predicate of a finite clause, so the noun right before the chain is its subject by
 * word order ({@link WordOrderSubject}). A passive chain ("was told") is no such clause: its subject is the
 * one told, not the speaker.
 */
final class AuxiliaryChain {

  /** Auxiliary lemmas that make a finite clause of a participle or bare verb. */
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");

  private AuxiliaryChain() {
  }

  /**
   * The first token of the auxiliary chain in front of {@code cue} (adverbs such as "now", "not" included), or
   * {@code cue + 1} when the cue has no such chain, is a passive participle, or is finite itself.
   */
  static int start(Doc doc, int cue, int first) {
    Token verb = doc.tokens().get(cue);
    String pos = verb.pos();
    if (!Set.of("VBG", "VBN", "VB").contains(pos)) {
      return cue + 1;
    }
    int k = cue - 1;
    int chainStart = cue + 1;
    boolean nearest = true;
    while (k >= first) {
      Token t = doc.tokens().get(k);
      if (t.pos().startsWith("RB")) {
        k--;
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      boolean aux = t.pos().equals("MD") || t.pos().startsWith("VB") && AUXILIARIES.contains(lemma);
      if (!aux) {
        break;
      }
      // "was told": a participle right after a form of "be" is passive.
      if (nearest && pos.equals("VBN") && lemma.equals("be")) {
        return cue + 1;
      }
      nearest = false;
      chainStart = k;
      k--;
    }
    return chainStart;
  }
}
