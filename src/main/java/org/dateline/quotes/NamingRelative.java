package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * "a small charity called Open Hands", "a firm called Northgate Advisers": a verb of naming right after an
 * indefinite noun introduces that noun by its name (a reduced relative, "which is called"); nobody says
 * anything. Only the participle: "a petition calling for his ban" is a document that says something. The
 * parser often makes the noun the verb's subject and the name its object, which would read as someone calling
 * something a name. A definite or named subject ("The mayor called Smith a liar", "Someone
 * called it a revolution") is left alone, as is a verb with an auxiliary ("a group has called for ...").
 */
final class NamingRelative {

  private static final Set<String> INDEFINITE = Set.of("a", "an");
  /** The participle, or the past tense the parser takes it for; "a letter calling him unfit" is a statement. */
  private static final Set<String> PAST = Set.of("VBN", "VBD");

  private NamingRelative() {
  }

  static boolean is(QuoteContext ctx, DepTree tree, int verb, String lemma) {
    int noun = verb - 1;
    if (!Cues.NAMING.contains(lemma) || !PAST.contains(ctx.token(verb).pos()) || tree.relation(noun).isEmpty()
        || !ctx.token(noun).pos().startsWith("NN") || ctx.token(noun).pos().startsWith("NNP")
        || tree.child(verb, "aux") >= 0) {
      return false;
    }
    int det = tree.childExactly(noun, "det");
    return det >= 0 && INDEFINITE.contains(ctx.token(det).word().toLowerCase(Locale.ROOT));
  }
}
