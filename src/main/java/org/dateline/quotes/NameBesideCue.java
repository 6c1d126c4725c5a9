package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.Quote;
import org.dateline.doc.Token;

/**
 * The speaker of a direct quote by position when the parse gives its cue no subject: '"...," said Michael Tyler,
 * a spokesman, explaining ...' (the parser makes Tyler the subject of "explaining") and '"...," campaign
 * manager Robby Mook said.' (Mook filed as an apposition inside the quote's clause). The words between the
 * closing mark and the cue, or right after a cue that follows the mark, name who spoke.
 */
final class NameBesideCue {

  /** Tags of the words a short noun phrase is made of. */
  private static final Set<String> PHRASE = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "CD", "DT", "PRP");
  private static final int LONGEST = 8;

  private NameBesideCue() {
  }

  /** First and last token of the speaker's words, or null when the position names nobody. */
  static int[] of(QuoteContext ctx, Quote quote, int cue) {
    if (ctx.token(cue).start() < quote.end()) {
      return null;
    }
    int k = cue - 1;
    while (k >= 0 && ctx.token(k).start() >= quote.end() && !ctx.inQuote(ctx.token(k))) {
      k--;
    }
    int first = k + 1;
    if (first == cue) {
      // '"...," said X': the phrase after the cue, up to a comma.
      int last = cue;
      while (last + 1 < ctx.doc.tokens().size() && last - cue < LONGEST && inPhrase(ctx.token(last + 1))
          && ctx.token(last + 1).sentence() == ctx.token(cue).sentence()) {
        last++;
      }
      return last > cue && named(ctx, last) ? new int[] {cue + 1, last} : null;
    }
    // '"...," X said': the words between the mark and the cue, before any comma or bracket.
    int last = first;
    while (last + 1 < cue && inPhrase(ctx.token(last + 1))) {
      last++;
    }
    boolean whole = last + 1 == cue || !inPhrase(ctx.token(last + 1)) && Speakers.isPunct(ctx.token(last + 1));
    return cue - first <= LONGEST * 2 && inPhrase(ctx.token(first)) && whole && named(ctx, last)
        ? new int[] {first, last} : null;
  }

  private static boolean inPhrase(Token t) {
    return PHRASE.contains(t.pos()) || t.pos().startsWith("NN") || Character.isUpperCase(t.word().codePointAt(0))
        && !Speakers.isPunct(t) && !t.pos().startsWith("VB");
  }

  /** A phrase that ends in a noun (or a capitalized word the tagger missed) names someone. */
  private static boolean named(QuoteContext ctx, int last) {
    Token end = ctx.token(last);
    return end.pos().startsWith("NN") || end.pos().equals("PRP") || Character.isUpperCase(end.word().codePointAt(0));
  }
}
