package org.dateline.quotes;

import java.util.Locale;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

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

  /**
   * "called on the city to close the plant that pollutes the river and proposed a levy": a cue conjoined, with no
   * subject of its own, to a verb deeper in another cue's content whose subject cannot be saying it (a relative
   * pronoun, a thing) is the reporter's second statement too: the nearest verb of saying above, or -1.
   */
  static int reporterAbove(Doc doc, DepTree tree, int conjoinedCue) {
    Token cue = doc.tokens().get(conjoinedCue);
    int cc = tree.child(conjoinedCue, "cc");
    int clause = tree.head(conjoinedCue);
    if (!tree.relation(conjoinedCue).equals("conj") || cc < 0 || cc > conjoinedCue || clause < 0
        || !Cues.FINITE.contains(cue.pos()) && !cue.pos().equals("VBN") && !cue.pos().equals("VBG")
        || !Cues.VERBS.contains(cue.lemma().toLowerCase(Locale.ROOT)) || tree.child(conjoinedCue, "nsubj") >= 0
        || !thing(doc, tree, clause) || isNegated(doc, tree, conjoinedCue)) {
      return -1;
    }
    int v = tree.head(clause);
    for (int steps = 0; v >= 0 && steps < 4; v = tree.head(v), steps++) {
      Token t = doc.tokens().get(v);
      if (v < clause && t.pos().startsWith("VB") && Cues.VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return v;
      }
    }
    return -1;
  }

  /** Whether the subject of {@code clause} is a relative pronoun or a noun that names no person. */
  private static boolean thing(Doc doc, DepTree tree, int clause) {
    int subject = tree.child(clause, "nsubj");
    Token t = subject >= 0 ? doc.tokens().get(subject) : null;
    return t != null && (t.pos().equals("WDT") || t.pos().startsWith("NN") && !t.ner().equals("PERSON"));
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
