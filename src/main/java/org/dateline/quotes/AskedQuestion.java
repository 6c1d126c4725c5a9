package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * "Asked whether the bridge would reopen, the engineer shrugged": a sentence that opens with a participle of
 * asking followed by an indirect question attributes the question, up to the comma, to an unnamed asker. Used
 * only when the parser gave the participle no clause of its own (the question hangs elsewhere in the tree).
 */
final class AskedQuestion {

  /** Words that open an indirect question. */
  private static final Set<String> OPENERS = Set.of("if", "whether", "what", "who", "why", "how", "which",
      "when", "where");

  private AskedQuestion() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token verb) {
    int v = verb.index();
    if (v != s.firstToken() || !verb.lemma().equalsIgnoreCase("ask") || !verb.pos().equals("VBN")
        || Complements.clause(tree, v) >= 0) {
      return null;
    }
    int open = v + 1;
    // "Asked specifically why ...", "Asked on television who ...": a short adverbial may come first.
    while (open < s.endToken() - 1 && open <= v + 4 && !isOpener(ctx, open) && !isComma(ctx, open)) {
      open++;
    }
    if (!isOpener(ctx, open)) {
      return null;
    }
    int comma = open + 1;
    while (comma < s.endToken() - 1 && !isComma(ctx, comma)) {
      comma++;
    }
    if (comma >= s.endToken() - 1 || comma == open + 1) {
      return null;
    }
    int[] content = ctx.contentSpan(open, comma - 1);
    return content == null ? null
        : ReportedSpeech.row(ctx, s, tree, content, -1, new Quote.Cue("ask", verb.start(), verb.end()));
  }

  private static boolean isOpener(QuoteContext ctx, int i) {
    return OPENERS.contains(ctx.token(i).word().toLowerCase(Locale.ROOT));
  }

  private static boolean isComma(QuoteContext ctx, int i) {
    return ctx.token(i).word().equals(",");
  }
}
