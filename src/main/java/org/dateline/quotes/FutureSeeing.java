package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * "Farmers would see a smaller harvest", "a buyer will see the price twice": "see" under a future
 * modal is what befalls its subject (an experience to come), not a view someone holds, so it makes no cue.
 * A view is reported in the past or present ("the mayor sees the plan as a mistake", "she did not see it
 * that way"), or with a modal of ability ("I cannot see a way out"), which stay cues.
 */
final class FutureSeeing {

  private static final Set<String> FUTURE = Set.of("will", "would");

  private FutureSeeing() {
  }

  static boolean is(QuoteContext ctx, DepTree tree, int verb, String lemma) {
    if (!lemma.equals("see")) {
      return false;
    }
    for (int k : tree.children(verb)) {
      if (tree.relation(k).equals("aux") && future(ctx, k)) {
        return true;
      }
    }
    // "You'll see nothing like it": the parser sometimes tags the clitic a verb and hangs "see" on it.
    int head = tree.head(verb);
    return tree.relation(verb).equals("xcomp") && head >= 0 && future(ctx, head);
  }

  private static boolean future(QuoteContext ctx, int token) {
    return FUTURE.contains(ctx.token(token).lemma().toLowerCase(Locale.ROOT));
  }
}
