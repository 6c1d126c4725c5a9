package org.dateline.quotes;

import java.util.Set;
import java.util.function.Predicate;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * 'She declared "What a Super Tuesday!" and said that ...': the sentence splitter ends a sentence at the "!"
 * inside the quote, so the second cue opens a sentence of its own with "and" and no subject. Its subject is the
 * subject of the sentence before, in the same paragraph ({@link Sources}).
 */
final class SplitSentenceSubject {

  private static final Set<String> COORDINATORS = Set.of("and", "but");

  private SplitSentenceSubject() {
  }

  /** The subject of the previous sentence's main verb when the cue follows only "and"/"but"; else -1. */
  static int of(Doc doc, Predicate<Token> quoted, int cue) {
    Token t = doc.tokens().get(cue);
    Sentence s = doc.sentences().get(t.sentence());
    if (!Cues.FINITE.contains(t.pos()) || cue != s.firstToken() + 1 || t.sentence() == 0
        || !COORDINATORS.contains(doc.tokens().get(cue - 1).word().toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    Sentence previous = doc.sentences().get(t.sentence() - 1);
    Token last = doc.tokens().get(previous.endToken() - 1);
    if (doc.text(last.end(), doc.tokens().get(s.firstToken()).start()).contains("\n")) {
      return -1;
    }
    DepTree tree = new DepTree(previous);
    for (int k = previous.firstToken(); k < previous.endToken(); k++) {
      if (tree.head(k) < 0 && tree.relation(k).equals("root") && doc.tokens().get(k).pos().startsWith("VB")) {
        for (int c : tree.children(k)) {
          if (tree.relation(c).equals("nsubj") && !quoted.test(doc.tokens().get(c))) {
            return c;
          }
        }
      }
    }
    return -1;
  }
}
