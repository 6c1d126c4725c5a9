package org.dateline.quotes;

import org.dateline.doc.Token;

/** A dash that ends reported content, the writer's aside after it ({@link Asides}). */
final class ClosingDash {

  private ClosingDash() {
  }

  /**
   * Whether the dash at {@code i} closes the content {@code first..last}: set off by spaces, with no second dash
   * (a pair, before or after it, encloses an aside PolNeAR keeps; so does a dash right before the content,
   * 'said — as reported by X — "..."', where what follows the pair is what was said) and not before a conjunction
   * ("-- but it clearly was ...", "— and that ...": more content) unless a noun phrase opens the conjunct.
   */
  static boolean at(QuoteContext ctx, int first, int i, int last) {
    if (!spacedDash(ctx, i) || ctx.token(i + 1).pos().equals("CC") && !ownSubjectAfter(ctx, i + 1, last)) {
      return false;
    }
    for (int k = first > 1 ? first - 1 : first + 1; k <= last; k++) {
      if (k != i && spacedDash(ctx, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "— and several of them were on hand": a conjunct after a dash that opens with a noun phrase (mostly its own
   * subject) is the writer's next statement; "— and that ..." is a second reported clause.
   */
  private static boolean ownSubjectAfter(QuoteContext ctx, int cc, int last) {
    if (cc + 1 > last) {
      return false;
    }
    Token t = ctx.token(cc + 1);
    return !t.word().equalsIgnoreCase("that")
        && (t.pos().startsWith("PRP") || t.pos().equals("DT") || t.pos().equals("JJ") || t.pos().startsWith("NN"));
  }

  /** A dash set off by spaces (or an em dash): not the hyphen the tokenizer splits off a compound word. */
  private static boolean spacedDash(QuoteContext ctx, int i) {
    Token t = ctx.token(i);
    return Cues.DASHES.contains(t.word())
        && (t.start() > ctx.token(i - 1).end() || t.word().equals("—") || t.word().equals("--"));
  }
}
