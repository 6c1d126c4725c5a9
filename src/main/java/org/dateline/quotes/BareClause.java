package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Sentence;

/**
 * A bare complement clause that the parser took apart: in "He thinks Cruz will win" or "he worries Sanders would
 * have trouble" the subject of the reported clause becomes the cue's object and the clause's verb hangs elsewhere
 * ("dep", or even the root of the sentence). A verb of saying or thinking takes no object that a finite verb or
 * modal follows at once, so such an object opens the reported clause, which runs to the end of the sentence
 * (less the asides {@link Asides} leaves out).
 */
final class BareClause {

  /** Finite verb forms and modals: what can follow a clause's subject, not an object. */
  private static final Set<String> FINITE = Set.of("MD", "VBD", "VBZ", "VBP");

  private BareClause() {
  }

  /** The bare clause after cue {@code verb}: an object that a finite verb follows, or a stray participle clause. */
  static int[] of(QuoteContext ctx, DepTree tree, int verb) {
    int[] after = after(ctx, tree, verb);
    return after != null ? after : participle(ctx, tree, verb);
  }

  /**
   * "The survey showed the mayor doing better", "finds the senator backed by 40 percent": a participle with its own
   * subject right after the cue, which the parser leaves as an unlabelled dependent; the clause is the content.
   */
  private static int[] participle(QuoteContext ctx, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      String tag = ctx.token(k).pos();
      int subject = tree.child(k, "nsubj");
      if (k > verb && tree.relation(k).equals("dep") && (tag.equals("VBG") || tag.equals("VBN"))
          && subject > verb && subject < k && tree.span(subject, Set.of())[0] == verb + 1
          && !ctx.inQuote(ctx.token(k))) {
        int[] span = tree.span(k, Set.of());
        return ctx.contentSpan(span[0], Asides.end(ctx, tree, span[0], span[1]));
      }
    }
    return null;
  }

  /** The clause's char span, or null when cue {@code verb} has no object followed by a finite verb. */
  static int[] after(QuoteContext ctx, DepTree tree, int verb) {
    int obj = tree.child(verb, "obj");
    if (obj <= verb || !ctx.token(obj).pos().startsWith("NN") && !ctx.token(obj).pos().equals("PRP")) {
      return null;
    }
    // "told reporters ..." and "asked him ..." name an addressee, not the clause's subject.
    if (ctx.token(obj).pos().equals("PRP") && !ctx.token(obj).word().matches("(?i)he|she|it|they|we|i|you")) {
      return null;
    }
    Sentence s = ctx.doc.sentences().get(ctx.token(verb).sentence());
    int[] object = tree.span(obj, Set.of());
    int next = object[1] + 1;
    if (next >= s.endToken() || !FINITE.contains(ctx.token(next).pos()) || tree.dominates(obj, next)
        || ctx.inQuote(ctx.token(next))) {
      return null;
    }
    int last = s.endToken() - 1;
    while (last > next && Speakers.isPunct(ctx.token(last))) {
      last--;
    }
    return ctx.contentSpan(object[0], Asides.end(ctx, tree, object[0], last));
  }
}
