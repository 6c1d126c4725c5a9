package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Token;

/**
 * The predicate the parser cut off a reported clause: in "noted that most of the funds collected would go to the
 * clinic" or "told them that fixing the roof was harder work" the parse closes the clause after its subject (taking
 * "collected" or "fixing" for its verb) and hangs "would go" or "was harder work" elsewhere. A finite verb right
 * after the clause is then the clause's own predicate, and the content runs through it.
 */
final class StrandedPredicate {

  /** Finite verbs and modals: a predicate that needs a subject before it. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Relations of the verbs that stand for their predicate ("would go", "was harder work"). */
  private static final Set<String> HELPERS = Set.of("aux", "aux:pass", "cop");
  /** A cue in a relative clause ("the man who said it was over left"): the next verb is the sentence's own. */
  private static final Set<String> RELATIVE = Set.of("acl:relcl", "acl");

  private StrandedPredicate() {
  }

  /** The last token of the content {@code first..last} of cue {@code cue}, through a predicate stranded after it. */
  static int end(QuoteContext ctx, DepTree tree, int cue, int last) {
    int next = last + 1;
    if (next >= tree.sentence().endToken() || cue < 0 || RELATIVE.contains(tree.relation(cue))) {
      return last;
    }
    Token t = ctx.token(next);
    if (!FINITE.contains(t.pos()) || ctx.inQuote(t)) {
      return last;
    }
    int predicate = HELPERS.contains(tree.relation(next)) ? tree.head(next) : next;
    if (predicate < next || tree.child(predicate, "nsubj") > last) {
      return last;
    }
    int end = last;
    for (int k : tree.children(predicate)) {
      if (k > last) {
        end = Math.max(end, tree.span(k, Set.of())[1]);
      }
    }
    return Math.max(end, predicate);
  }
}
