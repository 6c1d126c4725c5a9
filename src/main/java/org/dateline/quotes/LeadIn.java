package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * 'The senator summed up the mood: "We are tired," she said.': when the content stands before its cue, a clause
 * of the writer's closed by a colon outside quotes only leads in to it; PolNeAR's content starts after the colon.
 * A colon after a verb of saying ('One letter said: "..."') is a cue of its own and stays. A fronted concession
 * ("Though turnout was low, the vote counts, she said") is the writer's too: the content starts after its comma.
 */
final class LeadIn {

  /** Words that open a concession: subordinators and prepositions. */
  private static final Set<String> CONCESSIVE = Set.of("though", "although", "despite", "notwithstanding");

  private LeadIn() {
  }

  /** The char span {@code content}, preceding a cue at char {@code cue}, without its lead-in, if any. */
  static int[] cut(QuoteContext ctx, Sentence s, int[] content, int cue) {
    // Only content within the sentence: the cuts below read that sentence's tokens.
    if (cue < content[1] || s.tokens().isEmpty() || content[1] > s.tokens().get(s.tokens().size() - 1).end()) {
      return content;
    }
    content = afterConcession(ctx, s, content);
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

  /** {@code content} without a concession it opens with, set off by a comma. */
  private static int[] afterConcession(QuoteContext ctx, Sentence s, int[] content) {
    Token first = null;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.start() >= content[0] && t.end() <= content[1]) {
        first = first == null ? t : first;
        last = t.index();
      }
    }
    if (first == null || !CONCESSIVE.contains(first.word().toLowerCase(Locale.ROOT)) || ctx.inQuote(first)) {
      return content;
    }
    DepTree tree = ctx.trees.get(s.index());
    int head = tree.head(first.index());
    int end = head < 0 ? -1 : tree.span(head, Set.of("punct"))[1];
    if (end < first.index() || end + 2 > last || !ctx.token(end + 1).word().equals(",")) {
      return content;
    }
    int[] rest = ctx.contentSpan(end + 2, last);
    return rest == null ? content : rest;
  }
}
