package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * A noun cue that is the subject of "be" with a clause for its predicate: "Her argument is that the tax is
 * unfair", "The plan was to cut the budget". The parser makes "be" the head, the noun its subject and the clause
 * its complement, so {@link NounCue} (which looks for the clause under the noun) misses it, and a nested cue
 * inside the clause is all we find. The content is the whole clause with its "that" or "to", as PolNeAR marks it.
 */
final class CopularNoun {

  private CopularNoun() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    int noun = t.index();
    int be = tree.head(noun);
    if (!tree.relation(noun).equals("nsubj") || be <= noun || !ctx.token(be).lemma().equalsIgnoreCase("be")) {
      return null;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    // Only the listed nouns of saying and belief: a noun derived from a verb of judging names an act whose
    // "be"-clause is usually the writer's gloss of it ("the usual criticism of the plan is that it costs too much").
    boolean speech = Cues.NOUNS.contains(lemma);
    boolean intends = NounCue.INTENT.contains(lemma) || Nominalization.ofIntent(lemma);
    int clause = predicateClause(ctx, tree, be, speech, intends);
    if (clause < 0) {
      return null;
    }
    int source = tree.child(noun, "nmod:poss");
    source = source >= 0 ? source : UnownedNoun.source(ctx, tree, noun);
    int[] sub = tree.span(clause, Set.of());
    int[] content = ctx.contentSpan(sub[0], Asides.end(ctx, tree, sub[0], sub[1]));
    return content == null ? null
        : ReportedSpeech.row(ctx, s, tree, content, source, new Quote.Cue(lemma, t.start(), t.end()));
  }

  /**
   * The clause that "be" equates with the noun: a that-clause for a noun of saying or belief ("the claim is that
   * ..."), a to-infinitive for a noun of intent ("the plan is to ..."); -1 when there is none.
   */
  private static int predicateClause(QuoteContext ctx, DepTree tree, int be, boolean speech, boolean intends) {
    for (int k : tree.children(be)) {
      String rel = tree.relation(k);
      int mark = tree.child(k, "mark");
      boolean that = mark >= 0 && ctx.token(mark).word().equalsIgnoreCase("that");
      boolean clause = speech && rel.equals("ccomp") && that;
      boolean infinitive = intends && (rel.equals("xcomp") || rel.equals("ccomp")) && Complements.hasToMark(ctx, tree, k);
      if (k > be && (clause || infinitive)) {
        return k;
      }
    }
    return -1;
  }
}
