package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * What a verb of appearance presents as seeming so, without a source: an infinitive ("seems to relish it"), a
 * predicate ("the fallout appears significant", "voters appear fatigued"), a likeness ("seems like a
 * contradiction": the content starts after "like") or a clause ("it appeared that Clinton had ..."). The
 * subject is a piece of its own ({@link LeadingPiece}); PolNeAR marks both.
 */
final class Appearance {

  /** Tags of a predicate after the verb: an adjective, a participle, a comparative. */
  private static final Set<String> PREDICATES = Set.of("JJ", "JJR", "JJS", "VBN", "RBR");
  private static final Set<String> LIKENESS = Set.of("like");

  private Appearance() {
  }

  static int[] content(QuoteContext ctx, DepTree tree, int verb) {
    int x = tree.child(verb, "xcomp");
    if (x > verb && (Complements.hasToMark(ctx, tree, x) || PREDICATES.contains(ctx.token(x).pos()))) {
      int[] sub = tree.span(x, Set.of());
      // "pledged to bolster its military, reversing its pacifism": the writer's aside is no part of it.
      return ctx.contentSpan(sub[0], Asides.end(ctx, tree, sub[0], sub[1]));
    }
    int c = Complements.clause(tree, verb);
    if (c > verb) {
      return Complements.complementSpan(ctx, tree, verb, c);
    }
    for (int k : tree.children(verb)) {
      int mark = tree.child(k, "case");
      mark = mark >= 0 ? mark : tree.child(k, "mark");
      int[] sub = tree.span(k, Set.of());
      if (k > verb && mark == sub[0] && LIKENESS.contains(ctx.token(mark).word().toLowerCase(Locale.ROOT))) {
        return ctx.contentSpan(mark + 1, Asides.end(ctx, tree, mark + 1, sub[1]));
      }
    }
    return null;
  }
}
