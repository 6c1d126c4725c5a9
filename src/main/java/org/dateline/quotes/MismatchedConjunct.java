package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Token;

/**
 * A predicate the parser joined to the content's verb although its form can join no verb of the content: "vowed
 * to cut taxes and toured the plant" (a past tense beside an infinitive), "will note that she had sold the farm and
 * thank the town" (a bare verb beside a participle after "had"), "campaign saying they won - and feel vindicated".
 * Such a conjunct shares no auxiliary with the content: it goes back to the speaker, whose next act it is, and
 * PolNeAR ends the content before it.
 */
final class MismatchedConjunct {

  private static final Set<String> FINITE = Set.of("MD", "VBD", "VBZ");

  private MismatchedConjunct() {
  }

  /** The last token of content {@code first..last} before a conjoined predicate of another form, or {@code last}. */
  static int end(QuoteContext ctx, DepTree tree, int first, int last) {
    for (int k = first + 2; k <= last; k++) {
      int head = tree.head(k);
      Token t = ctx.token(k);
      int start = tree.span(k, Set.of("cc", "punct"))[0];
      int cc = tree.child(k, "cc");
      if (!tree.relation(k).equals("conj") || head < first || head >= k || cc < 0 || cc != start - 1
          || tree.child(k, "nsubj") >= 0 || ctx.inQuote(t) || !t.pos().startsWith("VB")
          || !ctx.token(head).pos().startsWith("VB") || !joinsNone(ctx, tree, head, k, first, last)) {
        continue;
      }
      return beforeConjunction(ctx, cc, first);
    }
    return last;
  }

  /**
   * Whether conjunct {@code conj} can join none of the verbs from {@code head} up through the content
   * {@code first..last}: "said it was not hiding anything by refusing to cooperate but chose X" joins "was
   * hiding", where the parser hung it on the infinitive.
   */
  private static boolean joinsNone(QuoteContext ctx, DepTree tree, int head, int conj, int first, int last) {
    for (int h = head; h >= first && h <= last && ctx.token(h).pos().startsWith("VB"); h = tree.head(h)) {
      if (!mismatched(ctx, tree, h, conj)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether conjunct {@code conj} cannot share the form of verb {@code head}: a modal or a finite verb (of the
   * past or third person; a present reads like a bare verb) cannot join a to-infinitive; a bare verb cannot join
   * a past, a participle or a third person without a modal; a finite predicate joins one that is finite or has
   * auxiliaries ("would like X but supports Y"), not a bare participle or gerund. A participle or gerund
   * conjunct is left alone: the parser often hangs it on the wrong verb.
   */
  private static boolean mismatched(QuoteContext ctx, DepTree tree, int head, int conj) {
    int aux = tree.childExactly(conj, "aux");
    String form = aux >= 0 && aux < conj ? ctx.token(aux).pos() : ctx.token(conj).pos();
    String other = ctx.token(head).pos();
    int headAux = tree.childExactly(head, "aux");
    // "had to go": an auxiliary parsed on the infinitive makes it a finite predicate.
    boolean auxiliaries = headAux >= 0 && !ctx.token(headAux).pos().equals("TO");
    if (Complements.hasToMark(ctx, tree, head) && !auxiliaries) {
      return FINITE.contains(form);
    }
    // "would be run by states and follow ...": a bare verb shares the head's modal.
    boolean modal = headAux >= 0 && ctx.token(headAux).pos().equals("MD");
    if (form.equals("VB") && aux < 0) {
      return !other.equals("VB") && !other.equals("VBP") && !modal;
    }
    boolean finiteHead = FINITE.contains(other) || other.equals("VBP") || auxiliaries;
    return (FINITE.contains(form) || form.equals("VBP")) && !finiteHead;
  }

  /** The last token before conjunction {@code cc} and the punctuation before it, not before {@code first}. */
  static int beforeConjunction(QuoteContext ctx, int cc, int first) {
    int cut = cc - 1;
    while (cut > first && Speakers.isPunct(ctx.token(cut))) {
      cut--;
    }
    return cut;
  }
}
