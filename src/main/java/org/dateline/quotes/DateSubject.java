package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/** What stands for the source of a verb of saying whose parsed subject is a date ({@link Sources}). */
final class DateSubject {

  private DateSubject() {
  }

  /**
   * "This Thursday the Commission also criticized ...": a date taken for the subject says when, not who. The
   * nearest other bare noun or pronoun before the cue, on the cue or under the date, is the source; none, no
   * source.
   */
  static int nounBeside(Doc doc, Predicate<Token> quoted, DepTree tree, int cue, int date) {
    List<Integer> layer = new ArrayList<>(tree.children(cue));
    layer.addAll(tree.children(date));
    // "a poll released Monday said" parsed with the date as the subject's head: the noun inside it, the one
    // nearest the date's head first ("the Commission on Religious Freedom" is the Commission, not Freedom).
    for (int depth = 0; depth < 4 && !layer.isEmpty(); depth++) {
      int best = -1;
      List<Integer> next = new ArrayList<>();
      for (int k : layer) {
        if (k > best && k != date && k < cue && isBareNoun(doc, quoted, tree, k)) {
          best = k;
        }
        if (tree.dominates(date, k) && k != date) {
          next.addAll(tree.children(k));
        }
      }
      if (best >= 0) {
        return best;
      }
      layer = next;
    }
    return -1;
  }

  /** A noun or pronoun outside quotes that is no date and no prepositional phrase. */
  private static boolean isBareNoun(Doc doc, Predicate<Token> quoted, DepTree tree, int k) {
    Token t = doc.tokens().get(k);
    boolean noun = t.pos().startsWith("NN") || t.pos().equals("PRP");
    String relation = tree.relation(k);
    boolean bare = tree.caseOf(k).isEmpty() && !relation.startsWith("obl") && !relation.startsWith("nmod")
        || relation.endsWith(":tmod");
    return noun && bare && !SpeakerSpan.isTime(t) && !quoted.test(t);
  }
}
