package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * "As The Daily Caller reported, the Cosby Show creator gave ...": a cue in an as-clause attributes the clause it
 * is set off from by a comma, before or after it; the source is the as-clause's subject (or "by" agent).
 */
final class AsCue {

  private AsCue() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token verb) {
    if (tree.relation(verb.index()).equals("case")) {
      return agentPhrase(ctx, s, tree, verb);
    }
    int mark = tree.child(verb.index(), "mark");
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    if (mark < 0 || !ctx.token(mark).word().equalsIgnoreCase("as") || !Cues.VERBS.contains(lemma)
        || Complements.clause(tree, verb.index()) >= 0 || tree.child(verb.index(), "obj") > verb.index()) {
      return null;
    }
    int[] clause = tree.span(verb.index(), Set.of());
    int[] content = null;
    if (clause[0] == s.firstToken() && clause[1] + 1 < s.endToken() && isComma(ctx, clause[1] + 1)) {
      content = ctx.contentSpan(clause[1] + 2, s.endToken() - 1);
    } else if (clause[1] >= s.endToken() - 2 && clause[0] > s.firstToken() && isComma(ctx, clause[0] - 1)) {
      content = ctx.contentSpan(s.firstToken(), clause[0] - 2);
    }
    if (content == null) {
      return null;
    }
    int source = ctx.sources.ofVerb(tree, verb.index());
    return ReportedSpeech.row(ctx, s, tree, content, source, new Quote.Cue(lemma, verb.start(), verb.end()));
  }

  /**
   * "As noted by the weekly paper, the mayor ...": the parser takes "as noted by" for one preposition of the
   * agent, like "according to"; a sentence that opens with it is attributed, after the comma, to that agent.
   */
  private static Quote agentPhrase(QuoteContext ctx, Sentence s, DepTree tree, Token verb) {
    int v = verb.index();
    int agent = tree.head(v);
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    if (!verb.pos().equals("VBN") || !Cues.VERBS.contains(lemma) || v - 1 != s.firstToken() || agent <= v
        || !ctx.token(v - 1).word().equalsIgnoreCase("as") || !ctx.token(v + 1).word().equalsIgnoreCase("by")) {
      return null;
    }
    int end = tree.span(agent, Set.of())[1];
    if (end + 2 >= s.endToken() || !isComma(ctx, end + 1)) {
      return null;
    }
    int[] content = ctx.contentSpan(end + 2, s.endToken() - 1);
    return content == null ? null
        : ReportedSpeech.row(ctx, s, tree, content, agent, new Quote.Cue(lemma, verb.start(), verb.end()));
  }

  private static boolean isComma(QuoteContext ctx, int i) {
    return ctx.token(i).word().equals(",");
  }
}
