package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Token;

/**
 * A quoted fragment that no reported clause covers but that a verb of saying or stance governs ("describing
 * the discussions as "very constructive.""): one mixed row from the verb's complement to the end of the quote.
 * A fragment that no speech verb governs is a scare quote, a title or a nickname and gives no row.
 */
final class Mixed {

  /** How far up the tree a fragment may sit below its verb. */
  private static final int MAX_STEPS = 4;
  /** Prepositions of an adverbial of time, place or medium. */
  static final Set<String> CIRCUMSTANCE = Set.of("on", "in", "at", "during", "after", "before", "since",
      "via");

  /** Dependents that lie outside the complement's own words. */
  private static final Set<String> CLAUSE_EXTERNAL = Set.of("punct", "parataxis");

  private Mixed() {
  }

  static Quote governedBy(QuoteContext ctx, QuoteMarks.Quoted q) {
    int root = -1;
    for (Token t : ctx.doc.tokens()) {
      if (t.start() >= q.start() && t.end() <= q.end()) {
        DepTree tree = ctx.trees.get(t.sentence());
        int h = tree.head(t.index());
        if (h < 0 || ctx.token(h).end() <= q.start() || ctx.token(h).start() >= q.end()) {
          root = t.index();
          break;
        }
      }
    }
    if (root < 0) {
      return null;
    }
    Token r = ctx.token(root);
    DepTree tree = ctx.trees.get(r.sentence());
    int v = tree.head(root);
    for (int step = 0, below = root; step < MAX_STEPS && v >= 0; step++, below = v, v = tree.head(v)) {
      Token verb = ctx.token(v);
      if (verb.end() <= q.start() && governs(ctx, verb) && !ctx.inQuote(verb)) {
        if (verb.word().equalsIgnoreCase("according") || circumstance(tree, below)) {
          return null;
        }
        int[] content = ctx.contentSpan(v + 1, Math.max(lastTokenOf(ctx, q), phraseEnd(tree, below)));
        if (content == null) {
          return null;
        }
        Quote bare = new Quote("", Quote.MIXED, content[0], content[1], Quote.Speaker.NONE, Quote.Cue.NONE, "",
            r.sentence(), ctx.doc.sentences().get(r.sentence()).section());
        return Attribution.attach(ctx, bare, v);
      }
    }
    return null;
  }

  /**
   * Whether the fragment sits in an adverbial of time, place or medium of the saying ('said on ABC's "This
   * Week"'): a programme's title there is no part of what was said.
   */
  private static boolean circumstance(DepTree tree, int child) {
    return tree.relation(child).startsWith("obl") && CIRCUMSTANCE.contains(tree.caseOf(child));
  }

  /**
   * The last word of the verb's complement that holds the fragment: a quoted phrase often stops before its
   * clause does ('says the plan is "sound" despite its cost'), and the content is the whole clause.
   */
  private static int phraseEnd(DepTree tree, int complement) {
    return tree.span(complement, CLAUSE_EXTERNAL)[1];
  }

  /** A verb of saying, or any verb of stance that takes content ('praised the "bold" plan'). */
  private static boolean governs(QuoteContext ctx, Token verb) {
    return Attribution.isCue(ctx, verb)
        || verb.pos().startsWith("VB") && Cues.isCue(verb.lemma().toLowerCase(Locale.ROOT));
  }

  private static int lastTokenOf(QuoteContext ctx, QuoteMarks.Quoted q) {
    int last = -1;
    for (Token t : ctx.doc.tokens()) {
      if (t.start() >= q.start() && t.end() <= q.end()) {
        last = t.index();
      }
    }
    return last;
  }

}
