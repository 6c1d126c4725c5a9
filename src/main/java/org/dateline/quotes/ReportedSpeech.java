package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Reported speech from the dependency parse, cue by cue: verbs ({@link VerbCue}, {@link LightVerbCue},
 * {@link AsCue}, {@link PassiveCue}), nouns ({@link NounCue}), "according to X" and a parenthetical "X said".
 * The content span is the reported clause or phrase, not the sentence; a cue inside its content gets the
 * leading piece too ({@link LeadingPiece}). Rows come out as {@link Quote#INDIRECT}; the extractor turns those
 * with quoted words into {@link Quote#MIXED}.
 */
final class ReportedSpeech {

  private static final Set<String> PRONOUNS = Set.of("it", "itself", "this", "that", "these", "those");

  private ReportedSpeech() {
  }

  static List<Quote> find(QuoteContext ctx) {
    List<Quote> rows = new ArrayList<>();
    for (Sentence s : ctx.doc.sentences()) {
      DepTree tree = ctx.trees.get(s.index());
      rows.addAll(listOf(ColonCue.row(ctx, s)));
      for (Token t : s.tokens()) {
        if (!ctx.inQuote(t)) {
          rows.addAll(rowsOf(ctx, s, tree, t));
        }
      }
    }
    return rows;
  }

  /** The rows whose cue is token {@code t}. */
  private static List<Quote> rowsOf(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    if (t.word().equalsIgnoreCase("according")) {
      return accordingTo(ctx, s, tree, t);
    }
    if (t.pos().startsWith("NN")) {
      Quote noun = NounCue.row(ctx, s, tree, t);
      noun = noun != null ? noun : CopularNoun.row(ctx, s, tree, t);
      return listOf(noun != null ? noun : AgentNoun.row(ctx, s, tree, t));
    }
    if (t.pos().startsWith("RB") || t.pos().startsWith("JJ")) {
      Quote stance = StanceAdjective.row(ctx, s, tree, t);
      return stance != null ? List.of(stance) : Evidential.rows(ctx, s, tree, t);
    }
    if (!t.pos().startsWith("VB")) {
      return List.of();
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (Cues.VERBS.contains(lemma) && tree.relation(t.index()).equals("parataxis")
        && Complements.clause(tree, t.index()) < 0 && !ownInfinitive(ctx, tree, t.index())) {
      return parenthetical(ctx, s, tree, t, lemma);
    }
    // A light verb with a noun of speech or stance ("expressed concern about X") before the verb as a cue of its
    // own ("express" takes its object as content): PolNeAR's cue is the verb and its noun, the content the topic.
    Quote q = LightVerbCue.row(ctx, s, tree, t);
    q = q != null ? q : VerbCue.row(ctx, s, tree, t);
    q = q != null ? q : AsCue.row(ctx, s, tree, t);
    q = q != null ? q : ClauseCue.row(ctx, s, tree, t);
    q = q != null ? q : ReducedRelativeCue.row(ctx, s, tree, t);
    q = q != null ? q : StanceAdjective.row(ctx, s, tree, t);
    if (q == null) {
      List<Quote> passive = t.pos().equals("VBN") ? PassiveCue.rows(ctx, s, tree, t) : List.of();
      return passive.isEmpty() ? listOf(AskedQuestion.row(ctx, s, tree, t)) : passive;
    }
    Quote lead = LeadingPiece.of(ctx, s, tree, t.index(), q);
    lead = lead != null ? lead : RelativePiece.of(ctx, s, tree, t.index(), q);
    List<Quote> pieces = InteriorAside.split(ctx, s, tree, q);
    if (lead == null) {
      return pieces;
    }
    List<Quote> rows = new ArrayList<>(pieces);
    rows.add(lead);
    return rows;
  }

  /**
   * "..., so the mayor decided to resign": a cue with its own to-infinitive is no parenthetical around the
   * sentence; its content is the infinitive. A clause after a colon stays the lead-in's, as in the parenthetical.
   */
  private static boolean ownInfinitive(QuoteContext ctx, DepTree tree, int verb) {
    int x = tree.child(verb, "xcomp");
    int to = x > verb ? tree.child(x, "mark") : -1;
    int first = tree.span(verb, Set.of("punct"))[0];
    boolean afterColon = first > 0 && ctx.token(first - 1).word().equals(":");
    return to >= 0 && ctx.token(to).pos().equals("TO") && to == verb + 1 && !afterColon;
  }

  private static List<Quote> listOf(Quote q) {
    return q == null ? List.of() : List.of(q);
  }

  /** "In his state, Christie said, offenders ...": the sentence around the cue, in two pieces. */
  private static List<Quote> parenthetical(QuoteContext ctx, Sentence s, DepTree tree, Token t, String lemma) {
    int[] cueSpan = tree.span(t.index(), Set.of("punct"));
    int source = ctx.sources.ofVerb(tree, t.index());
    Quote.Cue cue = new Quote.Cue(lemma, t.start(), t.end());
    // "Turnout rose by the river, the agency said.": the parse may hang a phrase of the content on the cue.
    int[] closing = TrailingCue.closingParenthetical(ctx, s, tree, t.index());
    if (closing != null) {
      return listOf(row(ctx, s, tree, closing, source >= 0 ? source : TrailingCue.source(ctx, s, t.index()), cue));
    }
    // "Speaking to NBC News, she said, ...": a participle before the cue is the circumstance of saying.
    boolean participle = ctx.token(s.firstToken()).pos().equals("VBG");
    // "The Latest: Clinton tells voters ...": words closed by a colon before the cue's subject are the writer's
    // lead-in to the cue's clause.
    boolean leadIn = cueSpan[0] > s.firstToken() && ctx.token(cueSpan[0] - 1).word().equals(":")
        && tree.child(t.index(), "nsubj") >= 0;
    int[] before = cueSpan[0] > s.firstToken() && !participle && !leadIn
        ? ctx.contentSpan(s.firstToken(), cueSpan[0] - 1) : null;
    // The piece after the cue ends before the writer's trailing aside, as every other content does.
    int[] after = cueSpan[1] + 1 < s.endToken() && Complements.opensContent(ctx, tree, t.index(), cueSpan[1] + 1, false)
        ? ctx.contentSpan(cueSpan[1] + 1, Asides.end(ctx, tree, cueSpan[1] + 1, s.endToken() - 1)) : null;
    List<Quote> pieces = new ArrayList<>();
    for (int[] piece : new int[][] {before, after}) {
      Quote q = piece == null ? null : row(ctx, s, tree, piece, source, cue);
      if (q != null) {
        pieces.add(q);
      }
    }
    return pieces;
  }

  /**
   * "According to X, C" / "C, according to X": the rest of the sentence, attributed to X; "C1, according to X,
   * C2": both pieces.
   */
  private static List<Quote> accordingTo(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    int next = t.index() + 1;
    if (next >= s.endToken() || !ctx.token(next).word().equalsIgnoreCase("to")) {
      return List.of();
    }
    int source = tree.head(t.index());
    if (source < 0) {
      return List.of();
    }
    int[] src = tree.span(source, Set.of("acl:relcl", "appos"));
    int srcEnd = Math.max(src[1], next);
    int[] before = t.index() > s.firstToken() ? ctx.contentSpan(s.firstToken(), t.index() - 1) : null;
    int[] after = srcEnd + 1 < s.endToken() ? ctx.contentSpan(srcEnd + 1, s.endToken() - 1) : null;
    Quote.Cue cue = new Quote.Cue("according to", t.start(), ctx.token(next).end());
    // "At the heart of the trouble, according to Ross, is ...": set off inside its sentence, the phrase splits
    // one attribution into two pieces, as a parenthetical "X said" does.
    if (before != null && after != null && setOff(ctx, t.index(), srcEnd)
        && !onlyCue(ctx, s.firstToken(), t.index() - 1) && !onlyCue(ctx, srcEnd + 1, s.endToken() - 1)) {
      List<Quote> pieces = new ArrayList<>();
      for (int[] piece : new int[][] {before, after}) {
        pieces.addAll(listOf(row(ctx, s, tree, piece, source, cue)));
      }
      return pieces;
    }
    int[] content = before == null ? after : after == null ? before
        : after[1] - after[0] >= before[1] - before[0] ? after : before;
    return content == null ? List.of() : listOf(row(ctx, s, tree, content, source, cue));
  }

  /** Whether tokens {@code first..last} are only a source and its cue ("Politico reported, according to ..."). */
  private static boolean onlyCue(QuoteContext ctx, int first, int last) {
    while (last > first && Speakers.isPunct(ctx.token(last))) {
      last--;
    }
    Token end = ctx.token(last);
    return last - first <= 4 && end.pos().startsWith("VB") && Cues.VERBS.contains(end.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether tokens {@code first..last} stand between commas or dashes. */
  private static boolean setOff(QuoteContext ctx, int first, int last) {
    String open = ctx.token(first - 1).word();
    String close = ctx.token(last + 1).word();
    return (open.equals(",") || Cues.DASHES.contains(open)) && (close.equals(",") || Cues.DASHES.contains(close));
  }

  /**
   * A row of reported content, or null when it is a lone "it" or "this" ("announced it"): what was said is
   * elsewhere. A lone personal pronoun stays ("endorsed him"; "He is expected to ..." is a piece). Content
   * before its cue loses a writer's lead-in closed by a colon ({@link LeadIn}).
   */
  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, int[] content, int source, Quote.Cue cue) {
    content = LeadIn.cut(ctx, s, content, cue.start());
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
