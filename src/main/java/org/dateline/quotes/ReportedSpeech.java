package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Reported speech from the dependency parse: the clausal complement of a speech verb ("X said (that) ..."),
 * the promise of "pledged to ...", the object of "described ... as ...", the clause beside "according to X"
 * and the that-clause of a speech noun ("X's statement that ..."). The content span is the reported clause,
 * not the sentence. Rows come out as {@link Quote#INDIRECT}; the extractor turns those with quoted words into
 * {@link Quote#MIXED}.
 */
final class ReportedSpeech {

  private static final Set<String> PRONOUNS = Set.of("it", "itself", "this", "that", "these", "those");

  private ReportedSpeech() {
  }

  static List<Quote> find(QuoteContext ctx) {
    List<Quote> rows = new ArrayList<>();
    for (Sentence s : ctx.doc.sentences()) {
      DepTree tree = ctx.trees.get(s.index());
      for (Token t : s.tokens()) {
        if (ctx.inQuote(t)) {
          continue;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.pos().startsWith("VB") && Cues.VERBS.contains(lemma) && tree.rel(t.index()).equals("parataxis")
            && Complements.clause(tree, t.index()) < 0) {
          rows.addAll(parenthetical(ctx, s, tree, t, lemma));
          continue;
        }
        Quote q = t.word().equalsIgnoreCase("according") ? accordingTo(ctx, s, tree, t)
            : t.pos().startsWith("VB") ? VerbCue.row(ctx, s, tree, t)
            : t.pos().startsWith("NN") ? NounCue.row(ctx, s, tree, t) : null;
        if (q == null && t.pos().startsWith("VB")) {
          q = LightVerbCue.row(ctx, s, tree, t);
        }
        if (q == null && t.pos().startsWith("VB")) {
          q = AsCue.row(ctx, s, tree, t);
        }
        if (q == null && t.pos().equals("VBN")) {
          rows.addAll(PassiveCue.rows(ctx, s, tree, t));
        }
        if (q != null) {
          rows.add(q);
          Quote lead = t.pos().startsWith("VB") ? LeadingPiece.of(ctx, s, tree, t.index(), q) : null;
          if (lead != null) {
            rows.add(lead);
          }
        }
      }
    }
    return rows;
  }

  /** "In his state, Christie said, offenders ...": the sentence around the cue, in two pieces. */
  private static List<Quote> parenthetical(QuoteContext ctx, Sentence s, DepTree tree, Token t, String lemma) {
    int[] cueSpan = tree.span(t.index(), Set.of("punct"));
    int source = ctx.sources.ofVerb(tree, t.index());
    Quote.Cue cue = new Quote.Cue(lemma, t.start(), t.end());
    int[] before = cueSpan[0] > s.firstToken() ? ctx.contentSpan(s.firstToken(), cueSpan[0] - 1) : null;
    int[] after = cueSpan[1] + 1 < s.endToken() && Complements.opensContent(ctx, tree, t.index(), cueSpan[1] + 1, false)
        ? ctx.contentSpan(cueSpan[1] + 1, s.endToken() - 1) : null;
    List<Quote> pieces = new ArrayList<>();
    for (int[] piece : new int[][] {before, after}) {
      Quote q = piece == null ? null : row(ctx, s, tree, piece, source, cue);
      if (q != null) {
        pieces.add(q);
      }
    }
    return pieces;
  }

  /** "According to X, C" / "C, according to X": the rest of the sentence, attributed to X. */
  private static Quote accordingTo(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    int next = t.index() + 1;
    if (next >= s.endToken() || !ctx.token(next).word().equalsIgnoreCase("to")) {
      return null;
    }
    int source = tree.head(t.index());
    if (source < 0) {
      return null;
    }
    int[] src = tree.span(source, Set.of("acl:relcl", "appos"));
    int srcEnd = Math.max(src[1], next);
    int[] before = t.index() > s.firstToken() ? ctx.contentSpan(s.firstToken(), t.index() - 1) : null;
    int[] after = srcEnd + 1 < s.endToken() ? ctx.contentSpan(srcEnd + 1, s.endToken() - 1) : null;
    int[] content = before == null ? after : after == null ? before
        : after[1] - after[0] >= before[1] - before[0] ? after : before;
    if (content == null) {
      return null;
    }
    return row(ctx, s, tree, content, source, new Quote.Cue("according to", t.start(), ctx.token(next).end()));
  }

  /**
   * A row of reported content, or null when it is a lone "it" or "this" ("announced it"): what was said is
   * elsewhere. A lone personal pronoun stays ("endorsed him"; "He is expected to ..." is a piece).
   */
  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, int[] content, int source, Quote.Cue cue) {
    if (isPronoun(ctx.doc.text(content[0], content[1]))) {
      return null;
    }
    Quote.Speaker speaker = source >= 0 ? ctx.speakers.speaker(tree, source) : Quote.Speaker.NONE;
    String how = source >= 0 ? ctx.speakers.how(speaker) : "";
    return new Quote("", Quote.INDIRECT, content[0], content[1], speaker, cue, how, s.index(), s.section());
  }

  private static boolean isPronoun(String content) {
    return PRONOUNS.contains(content.toLowerCase(Locale.ROOT));
  }
}
