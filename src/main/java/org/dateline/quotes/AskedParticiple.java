package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * "Asked about Cruz's charges, Rubio said ...", "Christie said when asked whether ...": a bare past participle
 * of asking or telling is passive, and the subject it shares is the one asked; the asker is its "by" agent or
 * nobody ({@link Sources}).
 */
final class AskedParticiple {

  /** Verbs whose passive subject is the one addressed: "Asked about it, Rubio said" has Rubio answer, not ask. */
  private static final Set<String> ADDRESSED = Set.of("ask", "press", "question", "tell", "quiz");

  private AskedParticiple() {
  }

  /** Whether the cue is such a participle opening an adverbial. */
  static boolean is(Doc doc, DepTree tree, int cue) {
    Token t = doc.tokens().get(cue);
    if (!t.pos().equals("VBN") || !ADDRESSED.contains(t.lemma().toLowerCase(Locale.ROOT))
        || tree.child(cue, "aux") >= 0 || tree.relation(cue).equals("root")) {
      return false;
    }
    // Only where a participle opens an adverbial: first in its sentence, after a comma, or after "when", "if"
    // ("Norah O'Donnell ... then loudly asked" is a past tense the tagger took for a participle).
    int first = doc.sentences().get(t.sentence()).firstToken();
    Token before = cue > first ? doc.tokens().get(cue - 1) : null;
    return before == null || before.word().equals(",") || before.pos().equals("WRB") || before.pos().equals("IN");
  }
}
