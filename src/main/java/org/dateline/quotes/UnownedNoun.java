package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * The source of a noun cue that has no possessor ("an admission from Elizabeth Warren that ...", "claims by the
 * campaign that ..."): the noun of its from- or by-phrase, or none ("complaints that he is a crusader").
 */
final class UnownedNoun {

  private static final Set<String> SOURCE_CASES = Set.of("from", "by");

  private UnownedNoun() {
  }

  /** The head of the noun cue's from/by-phrase before its content, or -1. */
  static int source(QuoteContext ctx, DepTree tree, int noun) {
    for (int k : tree.children(noun)) {
      int preposition = tree.child(k, "case");
      if (k > noun && tree.relation(k).startsWith("nmod") && preposition >= 0
          && SOURCE_CASES.contains(ctx.token(preposition).word().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    return -1;
  }
}
