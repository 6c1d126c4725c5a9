package org.dateline.quotes;

import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * '"...," Sanders said, according to CNN': a report of a report. PolNeAR gives the quote to the outer source,
 * the one the writer cites (CNN), so a verb cue followed closely by ", according to X" yields to it.
 */
final class OuterAccording {

  /** How far after the verb cue the phrase may start ("said Monday, according to ..."). */
  private static final int REACH = 5;

  private OuterAccording() {
  }

  /** The "according" token that follows verb cue {@code cue} after a comma, else the cue itself. */
  static int after(QuoteContext ctx, int cue) {
    Token verb = ctx.token(cue);
    if (verb.word().equalsIgnoreCase("according")) {
      return cue;
    }
    Sentence s = ctx.doc.sentences().get(verb.sentence());
    for (int i = cue + 1; i + 1 < s.endToken() && i <= cue + REACH; i++) {
      Token t = ctx.token(i);
      if (ctx.inQuote(t)) {
        return cue;
      }
      if (t.word().equalsIgnoreCase("according") && ctx.token(i + 1).word().equalsIgnoreCase("to")
          && ctx.token(i - 1).word().equals(",")) {
        return i;
      }
    }
    return cue;
  }
}
