package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Token;

/**
 * A clause with a subject of its own that the parser joined to content which has none: "agreed to lend the firm
 * money, and the union also stepped in", "questioned the plan's cost and her rival pressing his own". An
 * infinitive, a gerund or a noun phrase reports no subject, so a conjunct that brings one cannot be part of it:
 * it is the writer's next statement, and PolNeAR ends the content before it. A conjunct of a clause inside the
 * content keeps its place ("said prices rose and wages fell", "wants to know who paid and who approved it").
 */
final class OwnSubjectConjunct {

  private static final String[] SUBJECTS = {"nsubj", "nsubj:pass", "csubj"};

  private OwnSubjectConjunct() {
  }

  /** The last token of content {@code first..last} before a conjoined clause with its own subject, or {@code last}. */
  static int end(QuoteContext ctx, DepTree tree, int first, int last) {
    for (int k = first + 2; k <= last; k++) {
      int head = tree.head(k);
      int cc = tree.child(k, "cc");
      Token t = ctx.token(k);
      if (!tree.relation(k).equals("conj") || head < first || head >= k || cc < 0
          || tree.childExactly(k, SUBJECTS) < cc || cc != tree.span(k, Set.of("cc", "punct"))[0] - 1
          || ctx.inQuote(t) || !t.pos().startsWith("VB") || joinsClause(tree, head, first, last)) {
        continue;
      }
      return MismatchedConjunct.beforeConjunction(ctx, cc, first);
    }
    return last;
  }

  /**
   * Whether {@code head}, or a token above it inside content {@code first..last}, has a subject: the conjunct
   * then joins a clause of the content ("to be tied, with a poll finding that she led and he trailed").
   */
  private static boolean joinsClause(DepTree tree, int head, int first, int last) {
    for (int h = head; h >= first && h <= last; h = tree.head(h)) {
      if (tree.childExactly(h, SUBJECTS) >= 0) {
        return true;
      }
    }
    return false;
  }
}
