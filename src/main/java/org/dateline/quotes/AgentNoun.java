package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * A stance stated by naming its holder: "Clinton is an outspoken supporter of Roe v. Wade", "Graham is the
 * party's most outspoken proponent of open borders", "has been a pointed critic of his political style". The noun
 * names the one who does what a verb of judging says ({@link Nominalization#ofAgent}); as the predicate of a
 * copula, its subject holds the stance and its of/for-phrase is what the stance is about.
 */
final class AgentNoun {

  private static final Set<String> CASES = Set.of("of", "for");

  private AgentNoun() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    // A predicate noun ("was an early backer of", "were among the earliest supporters of"), not another
    // prepositional predicate ("is about the character of ..." names no holder).
    int among = tree.child(t.index(), "case");
    if (!Nominalization.ofAgent(t.lemma().toLowerCase(Locale.ROOT)) || tree.child(t.index(), "cop") < 0
        || among >= 0 && !ctx.token(among).word().equalsIgnoreCase("among")) {
      return null;
    }
    for (int k : tree.children(t.index())) {
      int preposition = tree.child(k, "case");
      if (k > t.index() && tree.relation(k).startsWith("nmod") && preposition >= 0
          && CASES.contains(ctx.token(preposition).word().toLowerCase(Locale.ROOT))) {
        int[] sub = tree.span(k, Set.of());
        int first = preposition + 1;
        int[] content = ctx.contentSpan(first, Asides.end(ctx, tree, first, sub[1]));
        int holder = ctx.sources.ofVerb(tree, t.index());
        return content == null ? null : ReportedSpeech.row(ctx, s, tree, content, holder,
            new Quote.Cue(t.lemma().toLowerCase(Locale.ROOT), t.start(), t.end()));
      }
    }
    return null;
  }
}
