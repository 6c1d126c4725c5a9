package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * "..., mocking concerns about the plan", "recalling long walks with her": the parser sometimes reads a
 * participle clause as a noun phrase whose first word, the gerund, is an adjective of its object ("mocking"
 * as {@code amod} of "concerns"). A gerund of judging or naming that opens the phrase of the noun it modifies
 * takes the rest of that phrase as its object. A gerund after a determiner or another modifier is a real
 * adjective ("the supporting documents") and takes nothing.
 */
final class ModifierGerund {

  private ModifierGerund() {
  }

  /** The object of gerund {@code verb} misread as the modifier of its object, or null. */
  static int[] object(QuoteContext ctx, DepTree tree, int verb) {
    int noun = tree.head(verb);
    if (!ctx.token(verb).pos().equals("VBG") || !tree.relation(verb).equals("amod") || noun <= verb) {
      return null;
    }
    int[] phrase = tree.span(noun, Set.of());
    if (phrase[0] != verb) {
      return null;
    }
    return ctx.contentSpan(verb + 1, Asides.end(ctx, tree, verb + 1, phrase[1]));
  }
}
