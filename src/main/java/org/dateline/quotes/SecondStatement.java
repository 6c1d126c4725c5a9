package org.dateline.quotes;

import java.util.Locale;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;

/**
 * "Graham said that Carson is a good man, and said that ...", "Putin forecast that the economy would rebound and
 * praised ...": the parser conjoins the second cue to the reported clause; it is the reporter's second statement
 * (the content stops before it), so its subject is the reporter's ({@link Sources}). Not a negated cue: "PBS
 * revealed that the prince accepted responsibility but did not say he ordered it" reports what the prince left
 * unsaid.
 */
final class SecondStatement {

  private SecondStatement() {
  }

  /** The verb of saying or thinking whose reported clause the conjoined cue hangs on, or -1. */
  static int reporter(Doc doc, DepTree tree, int conjoinedCue) {
    int clause = tree.head(conjoinedCue);
    if (clause < 0 || isNegated(doc, tree, conjoinedCue)) {
      return -1;
    }
    int verb = tree.head(clause);
    return tree.relation(clause).equals("ccomp") && verb >= 0 && verb < clause
        && Cues.VERBS.contains(doc.tokens().get(verb).lemma().toLowerCase(Locale.ROOT)) ? verb : -1;
  }

  private static boolean isNegated(Doc doc, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      String w = doc.tokens().get(k).word().toLowerCase(Locale.ROOT);
      if (tree.relation(k).equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
    }
    return false;
  }
}
