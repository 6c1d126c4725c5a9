package org.dateline.quotes;

import java.util.function.Predicate;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;
import org.dateline.entities.EntityTypes;

/**
 * Subjects by English word order, for cues the parser gives a wrong subject or none ({@link Sources}): the noun
 * right before a loose finite cue, the noun phrase of an absolute "with" phrase before its participle.
 */
final class WordOrderSubject {

  /** The longest noun phrase of an absolute "with" phrase ("with 30 percent of likely voters saying"). */
  private static final int LONGEST_PHRASE = 8;

  private WordOrderSubject() {
  }

  /**
   * "60 percent of voters said ...", "Mrs. Clinton added that ...", "both of whom opposed ...": when the parse
   * hangs a finite cue loose ("dep", "acl") and gives it no subject, the noun right before it (past adverbs:
   * "Cruz gingerly said") is its subject by English word order.
   */
  static int nounBefore(Doc doc, Predicate<Token> quoted, int cue) {
    int first = doc.sentences().get(doc.tokens().get(cue).sentence()).firstToken();
    int k = Cues.FINITE.contains(doc.tokens().get(cue).pos()) ? skipAdverbs(doc, cue - 1, first)
        : AuxiliaryChain.start(doc, cue, first) - 1;
    if (k < first) {
      return -1;
    }
    if (k < first) {
      return -1;
    }
    Token t = doc.tokens().get(k);
    boolean noun = t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("WP");
    return noun && !quoted.test(t) && !EntityTypes.TEMPORAL.contains(t.ner()) ? k : -1;
  }

  private static int skipAdverbs(Doc doc, int k, int first) {
    while (k > first && doc.tokens().get(k).pos().startsWith("RB")) {
      k--;
    }
    return k;
  }

  /**
   * "with analysts saying ...", "with Republican Senator John McCain telling reporters ...": in an absolute
   * "with" phrase the participle's subject is the noun phrase between "with" and it; the parser often hangs the
   * participle elsewhere and lends it a subject from far away.
   */
  static int ofParticiple(Doc doc, Predicate<Token> quoted, int cue) {
    Token t = doc.tokens().get(cue);
    if (!t.pos().equals("VBG") || cue == 0) {
      return -1;
    }
    int k = cue - 1;
    while (k > 0 && cue - k <= LONGEST_PHRASE && isInNounPhrase(doc.tokens().get(k))) {
      k--;
    }
    Token noun = doc.tokens().get(cue - 1);
    boolean opens = k < cue - 1 && doc.tokens().get(k).word().equalsIgnoreCase("with");
    return opens && noun.sentence() == t.sentence() && (noun.pos().startsWith("NN") || noun.pos().equals("PRP"))
        && !quoted.test(noun) && !EntityTypes.TEMPORAL.contains(noun.ner()) ? cue - 1 : -1;
  }

  private static boolean isInNounPhrase(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
        || pos.equals("PRP$") || pos.equals("POS") || pos.equals("PRP") || t.word().equalsIgnoreCase("of");
  }
}
