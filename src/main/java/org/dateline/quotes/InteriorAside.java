package org.dateline.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * A writer's description set off by commas inside reported content ("suggested that the New York billionaire,
 * who is now the presumptive nominee, would unite Britain against him", "pledged to put New York, which has not
 * voted Republican in 32 years, in play"): PolNeAR leaves the description out and draws the attribution in two
 * pieces, before and after it. The row is split the same way; an apposition is not ("Washington, D.C.,", "CNN,
 * a Turner asset, has done": measured, it is kept as often as left out), nor a clause not followed by its
 * noun's predicate.
 */
final class InteriorAside {

  private static final Set<String> RELATIVES = Set.of("who", "which", "whose");

  private InteriorAside() {
  }

  /** {@code row} in two pieces around its interior description, or {@code row} alone. */
  static List<Quote> split(QuoteContext ctx, Sentence s, DepTree tree, Quote row) {
    if (!row.kind().equals(Quote.INDIRECT)) {
      return List.of(row);
    }
    int first = -1;
    int last = -1;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = ctx.token(i);
      if (t.start() >= row.start() && t.end() <= row.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (int comma = first + 1; first >= 0 && comma < last - 2; comma++) {
      int close = closingComma(ctx, tree, comma, first);
      if (close > comma && close < last) {
        int[] before = ctx.contentSpan(first, comma - 1);
        int[] after = ctx.contentSpan(close + 1, last);
        if (before == null || after == null) {
          return List.of(row);
        }
        return List.of(piece(row, before), piece(row, after));
      }
    }
    return List.of(row);
  }

  /**
   * The comma that closes a relative clause or apposition opened at comma {@code at} and describing a noun of
   * the content before it, or -1.
   */
  private static int closingComma(QuoteContext ctx, DepTree tree, int at, int first) {
    Token open = ctx.token(at);
    if (!open.word().equals(",") || ctx.inQuote(open) || at + 1 >= ctx.doc.tokens().size()) {
      return -1;
    }
    int aside = -1;
    Token next = ctx.token(at + 1);
    if (RELATIVES.contains(next.word().toLowerCase(Locale.ROOT))) {
      int clause = tree.head(at + 1);
      aside = clause > at && tree.relation(clause).equals("acl:relcl") ? clause : -1;
    }
    if (aside < 0 || tree.head(aside) < first || tree.head(aside) >= at || tree.span(aside, Set.of())[0] != at + 1) {
      return -1;
    }
    int close = tree.span(aside, Set.of("punct"))[1] + 1;
    if (close + 1 >= ctx.doc.tokens().size()) {
      return -1; // the clause runs to the article's end: nothing follows it
    }
    String then = ctx.token(close + 1).pos();
    // The content goes on with the described noun's predicate: "..., who is now the nominee, would unite ...".
    boolean predicate = then.startsWith("VB") || then.equals("MD") || then.equals("RB");
    return ctx.token(close).word().equals(",") && predicate ? close : -1;
  }

  private static Quote piece(Quote row, int[] span) {
    return new Quote(row.quoteId(), row.kind(), span[0], span[1], row.speaker(), row.cue(), row.attribution(),
        row.sentence(), row.section());
  }
}
