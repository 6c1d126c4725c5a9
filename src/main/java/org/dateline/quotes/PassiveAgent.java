package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.DepTree;

/** The agent of a passive cue ("was reported by the Times"): the source of what the passive attributes. */
final class PassiveAgent {

  private PassiveAgent() {
  }

  /** The by-phrase after passive cue {@code verb} that names who said or judged it, or -1. */
  static int of(QuoteContext ctx, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      int mark = tree.child(k, "case");
      boolean by = mark >= 0 && ctx.token(mark).word().equalsIgnoreCase("by");
      if (k > verb && tree.relation(k).startsWith("obl") && by) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "Pigs are considered unclean by many faiths", "was confirmed as a passenger by the ministry": a by-phrase
   * closing the judgement that the parser hung on its adjective or noun is the agent of the passive, the
   * source; a by-phrase of a verb in the judgement ("known for being beaten by X") is its own.
   */
  static int stray(QuoteContext ctx, DepTree tree, int judgement, int last) {
    for (int k : tree.subtree(judgement, Set.of())) {
      int mark = tree.child(k, "case");
      int head = tree.head(k);
      int[] span = tree.span(k, Set.of());
      if (k != judgement && mark == span[0] && ctx.token(mark).word().equalsIgnoreCase("by") && span[1] >= last
          && head >= 0 && !ctx.token(head).pos().startsWith("VB") && span[0] > judgement) {
        return k;
      }
    }
    return -1;
  }
}
