package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Attributions with no source, marked by a word of evidence rather than a verb: an adverb of hearsay ("Khoga was
 * reportedly on that trip": the clause around the adverb, in two pieces) and an adjective of certainty with an
 * empty "it" ("it is unclear whether the bills can pass", "it became clear that ..."; the clause, without a
 * whether/if, as PolNeAR draws it). Neither names a source, so the row has no speaker.
 */
final class Evidential {

  /**
   * Adverbs that say the writer has the clause from reports. Not "allegedly": PolNeAR keeps it inside the
   * content of the attribution around it ("who allegedly assaulted a reporter") rather than as a cue.
   */
  private static final Set<String> HEARSAY = Set.of("reportedly");
  /** Adjectives that judge how certain a clause is. */
  private static final Set<String> CERTAINTY = Set.of("clear", "unclear", "obvious", "evident", "apparent",
      "certain", "uncertain");
  private static final Set<String> QUESTION_MARKS = Set.of("whether", "if");

  private Evidential() {
  }

  /** The rows whose cue is token {@code t}, an adverb or adjective. */
  static List<Quote> rows(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    if (s.section() == Section.HEADLINE) {
      return List.of();
    }
    Quote.Cue cue = new Quote.Cue(word, t.start(), t.end());
    int head = tree.head(t.index());
    // Only an adverb of a clause with its own subject: "a report purportedly emanating from ..." is a phrase.
    boolean clauseHead = head >= 0 && (tree.child(head, "nsubj") >= 0 || tree.child(head, "nsubj:pass") >= 0);
    // "The CIA reportedly believes ...": the verb is a cue of its own, which attributes the clause.
    clauseHead &= head >= 0 && !Cues.isCue(ctx.token(head).lemma().toLowerCase(Locale.ROOT));
    if (HEARSAY.contains(word) && tree.relation(t.index()).equals("advmod") && clauseHead) {
      int[] clause = tree.span(head, Set.of("punct", "parataxis"));
      int last = Asides.end(ctx, tree, clause[0], clause[1]);
      List<Quote> rows = new ArrayList<>();
      int[][] pieces = {t.index() > clause[0] ? ctx.contentSpan(clause[0], t.index() - 1) : null,
          t.index() < last ? ctx.contentSpan(t.index() + 1, last) : null};
      for (int[] piece : pieces) {
        Quote q = piece == null ? null : ReportedSpeech.row(ctx, s, tree, piece, -1, cue);
        if (q != null) {
          rows.add(q);
        }
      }
      return rows;
    }
    int subject = tree.child(t.index(), "nsubj");
    int clause = tree.child(t.index(), "ccomp");
    boolean empty = subject >= 0 && ctx.token(subject).word().equalsIgnoreCase("it");
    if (!CERTAINTY.contains(word) || !t.pos().startsWith("JJ") || !empty || clause < t.index()) {
      return List.of();
    }
    int[] span = tree.span(clause, Set.of());
    int mark = tree.child(clause, "mark");
    if (mark == span[0] && QUESTION_MARKS.contains(ctx.token(mark).word().toLowerCase(Locale.ROOT))) {
      span[0]++;
    }
    int[] content = ctx.contentSpan(span[0], Asides.end(ctx, tree, span[0], span[1]));
    Quote q = content == null ? null : ReportedSpeech.row(ctx, s, tree, content, -1, cue);
    return q == null ? List.of() : List.of(q);
  }
}
