package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Token;

/**
 * "While the president has said he opposes sending troops, his administration carves out exceptions",
 * "Insisting it wasn't rehearsed, Trump invited ...": a cue inside a fronted adverbial clause reports only what
 * that clause holds; the comma before the main clause's subject and verb closes the content. The parser often
 * hangs the main clause inside the fronted one, so the surface decides: the sentence opens with a subordinator,
 * a preposition or a participle, and the comma is followed by a short subject and a finite verb.
 */
final class FrontedClause {

  /** Word classes that open a fronted adverbial: a subordinator or preposition, "when", a participle. */
  private static final Set<String> OPENERS = Set.of("IN", "WRB", "VBG", "VBN");
  /** Word classes of a short subject noun phrase ("his administration", "Clinton's campaign", "they"). */
  private static final Set<String> SUBJECT = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "POS", "JJ", "CD");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final int MAX_SUBJECT = 5;

  private FrontedClause() {
  }

  /**
   * Whether the comma at {@code comma} closes a fronted adverbial clause that opened its sentence before content
   * token {@code first}.
   */
  static boolean closesAt(QuoteContext ctx, DepTree tree, int first, int comma) {
    int open = opener(ctx, ctx.doc.sentences().get(ctx.token(first).sentence()).firstToken());
    // "that as president, Mr. Trump would be firm": the content's own fronted phrase ends at the comma.
    int own = ctx.token(first).word().equalsIgnoreCase("that") ? first + 1 : first;
    if (open < 0 || open >= first || opener(ctx, own) >= 0 || !ctx.token(comma).word().equals(",")) {
      return false;
    }
    // "During the Cold War, it involved ... which recounts ...": a preposition of a noun opens no clause.
    int phrase = tree.head(open);
    if (ctx.token(open).pos().equals("IN") && phrase >= 0 && ctx.token(phrase).pos().startsWith("NN")) {
      return false;
    }
    // "When the polls closed, she said she had won, aides said": the main clause began before the content.
    for (int k = open + 1; k < comma; k++) {
      if (ctx.token(k).word().equals(",") && !ctx.inQuote(ctx.token(k)) && mainClauseAfter(ctx, k)) {
        return false;
      }
    }
    return mainClauseAfter(ctx, comma);
  }

  /** The index of the opening subordinator or participle (after a sentence adverb and its comma), or -1. */
  private static int opener(QuoteContext ctx, int start) {
    int at = start;
    if (ctx.token(at).pos().startsWith("RB") && ctx.token(at + 1).word().equals(",")) {
      at += 2;
    }
    Token t = ctx.token(at);
    boolean complementizer = t.word().equalsIgnoreCase("that");
    return OPENERS.contains(t.pos()) && !complementizer && !ctx.inQuote(t) ? at : -1;
  }

  /** Whether a short subject and a finite verb follow the comma: the main clause begins there. */
  private static boolean mainClauseAfter(QuoteContext ctx, int comma) {
    int sentence = ctx.token(comma).sentence();
    int k = comma + 1;
    int n = 0;
    while (k < ctx.doc.tokens().size() && ctx.token(k).sentence() == sentence && n < MAX_SUBJECT
        && SUBJECT.contains(ctx.token(k).pos())) {
      k++;
      n++;
    }
    while (n > 0 && k < ctx.doc.tokens().size() && ctx.token(k).pos().equals("RB")) {
      k++;
    }
    return n > 0 && k < ctx.doc.tokens().size() && ctx.token(k).sentence() == sentence
        && FINITE.contains(ctx.token(k).pos()) && !ctx.inQuote(ctx.token(k));
  }
}
