package org.dateline.quotes;

import java.util.Locale;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * 'The senator summed up the mood: "We are tired," she said.': when the content stands before its cue, a clause
 * of the writer's closed by a colon outside quotes only leads in to it; PolNeAR's content starts after the colon.
 * A colon after a verb of saying ('One letter said: "..."') is a cue of its own and stays.
 */
final class LeadIn {

  private LeadIn() {
  }

  /** The char span {@code content}, preceding a cue at char {@code cue}, without its lead-in, if any. */
  static int[] cut(QuoteContext ctx, Sentence s, int[] content, int cue) {
    if (cue < content[1]) {
      return content;
    }
    int last = -1;
    int colon = -1;
    for (Token t : s.tokens()) {
      if (t.start() >= content[0] && t.end() <= content[1]) {
        last = t.index();
        if (t.word().equals(":") && t.start() > content[0] && !ctx.inQuote(t) && !afterSaying(ctx, t.index())) {
          colon = t.index();
        }
      }
    }
    if (colon < 0 || colon >= last) {
      return content;
    }
    int[] rest = ctx.contentSpan(colon + 1, last);
    return rest == null ? content : rest;
  }

  private static boolean afterSaying(QuoteContext ctx, int colon) {
    Token before = ctx.token(colon - 1);
    return before.pos().startsWith("VB") && Cues.VERBS.contains(before.lemma().toLowerCase(Locale.ROOT));
  }
}
