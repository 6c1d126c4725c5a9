package org.dateline.quotes;

import java.util.Locale;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * "New polls released Sunday showed Clinton taking a lead": the parser reads the reduced relative "released
 * Sunday" as the main verb and files the real cue as an auxiliary of its content's verb. A finite verb of saying
 * or showing parsed as an auxiliary is the cue; its source is the participle's subject, its content the rest
 * of the sentence.
 */
final class ReducedRelativeCue {

  private ReducedRelativeCue() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    int verb = t.index();
    if (!Cues.VERBS.contains(lemma) || !Cues.FINITE.contains(t.pos()) || !tree.relation(verb).equals("aux")
        || tree.head(verb) <= verb || s.section() == Section.HEADLINE) {
      return null;
    }
    int source = -1;
    for (int k = verb - 1; k >= s.firstToken() && source < 0; k--) {
      int subject = tree.child(k, "nsubj");
      source = ctx.token(k).pos().equals("VBN") && subject >= 0 && subject < k ? subject : -1;
    }
    int last = s.endToken() - 1;
    while (last > verb && Speakers.isPunct(ctx.token(last))) {
      last--;
    }
    if (source < 0 || last - verb < 2) {
      return null;
    }
    int[] content = ctx.contentSpan(verb + 1, Asides.end(ctx, tree, verb + 1, last));
    return content == null ? null : ReportedSpeech.row(ctx, s, tree, content, source,
        new Quote.Cue(lemma, t.start(), t.end()));
  }
}
