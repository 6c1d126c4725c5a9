package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Token;

/**
 * Where reported content ends: news writes asides after a comma that are the writer's, not the source's, and
 * PolNeAR leaves them out of the content: a participle (", noting that ..."; not ", including ..."), a new
 * clause with its own subject (", and he railed ..."), anything after ";" or a lone dash ("— a message that
 * ..."), a closing relative clause or apposition that describes the last noun (", which votes on March 1",
 * ", where turnout fell", ", a plan he has since modified"), a noun phrase that sums the clause up (", a swipe at
 * ..."), a predicate the parser joined to the content that cannot join it ({@link MismatchedConjunct}), a clause
 * with its own subject joined to a content that has none ({@link OwnSubjectConjunct}), and the
 * main clause after a fronted clause that holds the cue ({@link FrontedClause}).
 */
final class Asides {

  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where");
  private static final Set<String> DESCRIBING = Set.of("acl:relcl", "dep", "acl");

  private Asides() {
  }

  /** The last token of content {@code first..last} before its trailing aside, or {@code last}. */
  static int end(QuoteContext ctx, DepTree tree, int first, int last) {
    last = beforeOwnAttribution(ctx, tree, first, last);
    last = MismatchedConjunct.end(ctx, tree, first, last);
    last = OwnSubjectConjunct.end(ctx, tree, first, last);
    for (int i = first + 1; i < last; i++) {
      Token t = ctx.token(i);
      if (quotedCommaThenParticiple(ctx, i)) {
        return i;
      }
      if (ctx.inQuote(t)) {
        continue;
      }
      Token next = ctx.token(i + 1);
      boolean newClause = next.pos().equals("CC") && i + 2 <= last
          && (ctx.token(i + 2).pos().startsWith("PRP") || ctx.token(i + 2).pos().startsWith("NNP"));
      boolean participle = isParticiple(next) && !adjectiveSeries(ctx, tree, i);
      boolean comma = t.word().equals(",") && (participle || newClause);
      if (t.word().equals(";") || ClosingDash.at(ctx, first, i, last) || comma) {
        return i - 1;
      }
      boolean closing = closingDescription(ctx, tree, i + 1, last) || FrontedClause.closesAt(ctx, tree, first, i);
      if (t.word().equals(",") && closing) {
        return i - 1;
      }
      if (TrailingAdverbial.opens(ctx, tree, i, last)) {
        return ctx.token(i - 1).word().equals(",") ? i - 2 : i - 1;
      }
    }
    return last;
  }

  /**
   * The last token before a conjoined clause that is an attribution of its own ("said they prefer X, and about
   * the same numbers said Y"; "said it was great to be home, a man yelled ..."): a cue of saying or thinking with
   * its own subject, joined as a conjunct or a parataxis, or closing the content as a clause of contrast
   * ({@link TrailingAdverbial#attributes}: "said the plant would close, though she noted X"), or with no subject
   * but the reporter's ({@link SecondStatement#reporterAbove}: "... the plant that pollutes the river and proposed
   * X"). PolNeAR makes it a second attribution, never part of the first content.
   */
  private static int beforeOwnAttribution(QuoteContext ctx, DepTree tree, int first, int last) {
    for (int k = first + 2; k <= last; k++) {
      Token t = ctx.token(k);
      String rel = tree.relation(k);
      if (ctx.inQuote(t) || !Cues.VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) || !t.pos().startsWith("VB")
          || !rel.equals("conj") && !rel.equals("parataxis") && !TrailingAdverbial.attributes(ctx, tree, k, last)
          || tree.child(k, "nsubj") < 0 && !secondStatement(ctx, tree, k, first)
          || Complements.opensClause(ctx, tree, k)) {
        continue;
      }
      int start = tree.span(k, Set.of("cc", "punct"))[0];
      int cut = start - 1;
      while (cut > first && (Speakers.isPunct(ctx.token(cut)) || ctx.token(cut).pos().equals("CC"))) {
        cut--;
      }
      if (start > first + 1 && cut > first) {
        return cut;
      }
    }
    return last;
  }

  /** Whether conjoined cue {@code k} is the second statement of a reporter before the content at {@code first}. */
  private static boolean secondStatement(QuoteContext ctx, DepTree tree, int k, int first) {
    int reporter = SecondStatement.reporterAbove(ctx.doc, tree, k);
    return reporter >= 0 && reporter < first;
  }

  /**
   * The last token of content {@code first..last} of cue {@code verb} before a second predicate of the speaker
   * in the cue's own tense: "said she would vote for Trump but did not endorse him" ends at "Trump"; not before
   * a form of "be".
   */
  static int beforeSpeakersAct(QuoteContext ctx, int verb, int first, int last) {
    String tense = ctx.token(verb).pos();
    for (int i = first + 1; i < last; i++) {
      Token next = ctx.token(i + 1);
      // "said she quit on friendly terms but was pushed": a copula or auxiliary after the conjunction goes on
      // describing the content's subject; the speaker's next act is a verb of doing.
      boolean copula = next.lemma().equalsIgnoreCase("be");
      if (ctx.token(i).pos().equals("CC") && next.pos().equals(tense) && !ctx.inQuote(next) && !copula) {
        return ctx.token(i - 1).word().equals(",") ? i - 2 : i - 1;
      }
    }
    return last;
  }

  /**
   * 'said the system was "corrupt," noting that ...': the comma before the participle's aside sits inside the
   * closing quote mark at {@code i}; the content keeps the quote and ends there.
   */
  private static boolean quotedCommaThenParticiple(QuoteContext ctx, int i) {
    Token t = ctx.token(i);
    return QuoteMarks.isMarkAt(ctx.doc.article().text(), t.start()) && ctx.token(i - 1).word().equals(",")
        && isParticiple(ctx.token(i + 1)) && !ctx.inQuote(ctx.token(i + 1));
  }

  /** A participle opens an aside; "including" does not: it lists members of what the content names. */
  private static boolean isParticiple(Token t) {
    return t.pos().equals("VBG") && !t.word().equalsIgnoreCase("including");
  }

  /**
   * "fights for costly, sweeping reforms": a participle after the comma at {@code comma} that the parse makes an
   * adjective (or its conjunct) of a noun, right after an adjective, goes on with the series before the noun.
   */
  private static boolean adjectiveSeries(QuoteContext ctx, DepTree tree, int comma) {
    String rel = tree.relation(comma + 1);
    return ctx.token(comma - 1).pos().startsWith("JJ") && (rel.equals("amod") || rel.equals("conj"));
  }

  /**
   * ", a swipe at the recent disturbances", ", an acknowledgment that ...": a noun phrase after the comma that the
   * parse hangs on a verb (or the comma), not on the noun before it, sums up the clause: the writer's comment.
   */
  private static boolean summary(QuoteContext ctx, DepTree tree, int at, int last) {
    int noun = tree.head(at);
    if (!ctx.token(at).pos().equals("DT") || noun <= at || !ctx.token(noun).pos().startsWith("NN")) {
      return false;
    }
    // "..., a claim that X disputes": a noun with a that-clause is a cue of its own, read by NounCue when it
    // stands outside the content; left inside, it spawns no second row.
    for (int k : tree.children(noun)) {
      int mark = tree.child(k, "mark");
      if (mark >= 0 && ctx.token(mark).word().equalsIgnoreCase("that")) {
        return false;
      }
    }
    int[] span = tree.span(noun, Set.of());
    int governor = tree.head(noun);
    Token g = governor >= 0 ? ctx.token(governor) : null;
    return span[0] == at && span[1] >= last - 1 && g != null && governor < at
        && (g.pos().startsWith("VB") || Speakers.isPunct(g));
  }

  /** Whether a relative clause or apposition starts at {@code at} and runs to the end of the content. */
  private static boolean closingDescription(QuoteContext ctx, DepTree tree, int at, int last) {
    Token t = ctx.token(at);
    if (RELATIVES.contains(t.word().toLowerCase(Locale.ROOT))) {
      int clause = tree.head(at);
      // The parser often files such a clause as a bare "dep" or "acl" of the noun: it closes the content the same.
      return clause >= 0 && DESCRIBING.contains(tree.relation(clause)) && tree.span(clause, Set.of())[1] >= last - 1;
    }
    if (summary(ctx, tree, at, last)) {
      return true;
    }
    for (int h = at; h >= 0 && h <= last; h = tree.head(h)) {
      if (tree.relation(h).equals("appos")) {
        int[] span = tree.span(h, Set.of());
        return span[0] == at && span[1] >= last - 1;
      }
      if (tree.head(h) < at) {
        break;
      }
    }
    return false;
  }
}
