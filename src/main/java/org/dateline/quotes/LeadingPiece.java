package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;
import org.dateline.entities.EntityTypes;

/**
 * The piece of reported content that stands before its cue when the cue sits inside the sentence: "On top of
 * that, opponents say, the wage increase will raise prices" and "If Trump loses, he said, he would ..." are one
 * attribution in two pieces, and PolNeAR annotates both. The second piece is the cue's ordinary content; this
 * class finds the first, which the parser files as an adverbial of the cue (or leaves it the sentence root).
 * The subject of a passive cue of expectation ("Obama is expected to win") or of a verb of appearance ("Trump
 * seems to relish it") is such a piece too, without source.
 */
final class LeadingPiece {

  /** The longest subject phrase between the leading piece and its cue. */
  private static final int MAX_SUBJECT = 8;
  /** Conjunctions of a fronted clause that belongs to what is said ("If Trump loses, he said he would ..."). */
  private static final Set<String> FRONTED = Set.of("if", "unless", "while", "although", "though", "because");

  /** Passive cues whose subject is what the content is about ("is expected to", "is said to"), not an addressee. */
  private static final Set<String> RAISING = Set.of("expect", "intend", "say", "believe", "think", "consider",
      "see", "view", "know", "suspect", "declare", "report", "estimate", "predict", "announce", "deem", "rate",
      "rumor", "allege");

  /** Tags that open a noun phrase. */
  private static final Set<String> NOMINAL = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "PRP", "PRP$", "CD");

  private LeadingPiece() {
  }

  /** The leading piece of {@code row}, whose cue is {@code verb} and content follows it, or null. */
  static Quote of(QuoteContext ctx, Sentence s, DepTree tree, int verb, Quote row) {
    if (row.start() < ctx.token(verb).end()) {
      return null;
    }
    int raised = raisedSubject(ctx, tree, verb);
    if (raised >= 0) {
      // "Obama is expected to ...", "Trump seems to ...": who is expected is a piece of the content, no source.
      int[] span = tree.span(raised, Set.of("acl:relcl", "appos", "punct"));
      int[] content = ctx.contentSpan(span[0], span[1]);
      return content == null ? null : new Quote("", Quote.INDIRECT, content[0], content[1], Quote.Speaker.NONE,
          row.cue(), "", row.sentence(), row.section());
    }
    int comma = commaBeforeSubject(ctx, s, verb);
    boolean setOff = comma >= 0 && setOff(ctx, s, tree, verb);
    if (comma < 0 && inverted(ctx, s, verb, row)) {
      // "The contrast, said Doyle, would be clear": the cue and its speaker after it, set off by commas.
      comma = verb - 1;
      setOff = true;
    }
    if (comma < 0 || !setOff && !isFrontedClause(ctx, s, tree, verb, comma)) {
      return null;
    }
    int first = s.firstToken();
    while (first < comma && ctx.token(first).pos().equals("CC")) {
      first++;
    }
    // A clause, the subject of the content ("Mr. Obama, officials said, has become ...") or, before a cue set
    // off by commas, an adverbial of the content ("Too often, he said, ..."); not where the words were said
    // ("In a statement Thursday, ...").
    boolean clause = NOMINAL.contains(ctx.token(first).pos())
        || setOff && !ctx.token(first).word().equalsIgnoreCase("in") && !hasDate(ctx, first, comma);
    for (int i = first; i < comma; i++) {
      clause |= ctx.token(i).pos().startsWith("VB");
    }
    // "Speaking to NBC News, she said ...": a participle is the circumstance of saying, not content.
    boolean participle = ctx.token(first).pos().equals("VBG");
    int[] content = clause && !participle ? ctx.contentSpan(first, comma - 1) : null;
    if (content == null) {
      return null;
    }
    return new Quote("", Quote.INDIRECT, content[0], content[1], row.speaker(), row.cue(), row.attribution(),
        row.sentence(), row.section());
  }

  /** Whether tokens {@code from..to-1} name a time ("On Friday in Istanbul"): when it was said, not what. */
  private static boolean hasDate(QuoteContext ctx, int from, int to) {
    for (int i = from; i < to; i++) {
      if (EntityTypes.TEMPORAL.contains(ctx.token(i).ner())) {
        return true;
      }
    }
    return false;
  }

  /** The subject of a passive cue of expectation or of a verb of appearance, before the cue, or -1. */
  private static int raisedSubject(QuoteContext ctx, DepTree tree, int verb) {
    String lemma = ctx.token(verb).lemma().toLowerCase(Locale.ROOT);
    // "He's said he gets his ideas from ...": a clitic perfect the parser took for a passive raises nobody.
    boolean passive = RAISING.contains(lemma) && tree.child(verb, "aux:pass") >= 0
        && !ContractedPerfect.is(ctx.doc, tree, verb);
    int subject = passive ? tree.child(verb, "nsubj:pass")
        : Cues.APPEARANCE.contains(lemma) ? tree.child(verb, "nsubj") : -1;
    // "It seems unlikely that ...": an empty "it" is no piece of what seems so.
    boolean empty = subject >= 0 && ctx.token(subject).word().equalsIgnoreCase("it");
    return subject >= 0 && subject < verb && !empty && !ctx.inQuote(ctx.token(subject)) ? subject : -1;
  }

  /** The comma that ends the leading piece: right before the cue's subject phrase, or -1. */
  private static int commaBeforeSubject(QuoteContext ctx, Sentence s, int verb) {
    for (int i = verb - 1; i > s.firstToken() && verb - i <= MAX_SUBJECT + 1; i--) {
      Token t = ctx.token(i);
      if (t.word().equals(",")) {
        return i < verb - 1 ? i : -1;
      }
      if (t.pos().startsWith("VB") || t.pos().startsWith("W") || ctx.inQuote(t) || Speakers.isPunct(t)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether cue {@code verb} opens a parenthetical after a comma and its content starts after a second comma
   * ("X, said Doyle, would ..."): the speaker follows the cue, so no subject stands between comma and cue.
   */
  private static boolean inverted(QuoteContext ctx, Sentence s, int verb, Quote row) {
    if (verb - 1 <= s.firstToken() || verb + 1 >= s.endToken() || !ctx.token(verb - 1).word().equals(",")
        || !Cues.SPEECH.contains(ctx.token(verb).lemma()) || !Cues.FINITE.contains(ctx.token(verb).pos())
        || !NOMINAL.contains(ctx.token(verb + 1).pos())) {
      return false;
    }
    for (int i = verb + 1; i < s.endToken() && ctx.token(i).start() < row.start(); i++) {
      if (ctx.token(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue is set off by commas: ", opponents say, the wage ...". */
  private static boolean setOff(QuoteContext ctx, Sentence s, DepTree tree, int verb) {
    int after = verb + 1;
    while (after < s.endToken() && (tree.relation(after).startsWith("obl") || tree.relation(after).equals("advmod"))
        && tree.head(after) == verb) {
      after++;
    }
    return after < s.endToken() && ctx.token(after).word().equals(",");
  }

  /** Whether the sentence opens with a conditional or concessive clause of the cue before its subject. */
  private static boolean isFrontedClause(QuoteContext ctx, Sentence s, DepTree tree, int verb, int comma) {
    Token first = ctx.token(s.firstToken());
    if (!FRONTED.contains(first.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int head = tree.head(first.index());
    return head >= 0 && head < comma && tree.relation(head).equals("advcl") && tree.head(head) == verb;
  }
}
