package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * A verb with little meaning of its own and a noun of speech or stance as its object: "made the point that
 * ...", "took a swipe at Rubio", "expressed concern about the plan", "made it clear that ...". The noun carries
 * the cue; the content is its that-clause or topic (or the verb's), the source the verb's subject.
 */
final class LightVerbCue {

  private static final Set<String> LIGHT = Set.of("make", "take", "express", "voice", "offer", "issue", "raise",
      "level", "lodge", "register", "air", "claim", "show");
  private static final Set<String> NOUNS = Set.of("point", "case", "argument", "claim", "comment", "remark",
      "statement", "promise", "pledge", "shot", "swipe", "aim", "jab", "dig", "criticism", "praise", "support",
      "concern", "doubt", "question", "warning", "plea", "appeal", "speech", "objection", "complaint",
      "accusation", "allegation", "assurance", "reference", "mention", "prediction", "vow", "issue", "responsibility",
      "credit", "stand", "position", "note", "exception", "umbrage", "offense", "sign", "sympathy", "enthusiasm",
      "allegiance", "inclination");
  private static final Set<String> CASES = Set.of("about", "on", "of", "against", "for", "over", "at", "with");

  private LightVerbCue() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token verb) {
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    int obj = tree.child(verb.index(), "obj");
    int x = tree.child(verb.index(), "xcomp");
    boolean clear = lemma.equals("make") && x > verb.index() && ctx.token(x).word().equalsIgnoreCase("clear");
    if (!LIGHT.contains(lemma) || obj < verb.index() && !clear || s.section() == Section.HEADLINE) {
      return null;
    }
    if (clear) {
      // "made it clear that ...": "it" is parsed as the subject of "clear", whose clause is the content.
      obj = x;
    }
    String noun = ctx.token(obj).lemma().toLowerCase(Locale.ROOT);
    if (!isCueNoun(noun) && !clear) {
      return null;
    }
    int[] content = clause(ctx, tree, obj);
    content = content != null ? content : clause(ctx, tree, verb.index());
    content = content != null ? content : topic(ctx, tree, obj);
    content = content != null ? content : topic(ctx, tree, verb.index());
    if (content == null) {
      return null;
    }
    Token cue = clear ? ctx.token(tree.child(verb.index(), "xcomp")) : ctx.token(obj);
    return ReportedSpeech.row(ctx, s, tree, content, ctx.sources.ofVerb(tree, verb.index()),
        new Quote.Cue(lemma + " " + cue.word().toLowerCase(Locale.ROOT), verb.start(), cue.end()));
  }

  /** A noun of the list, of speech or belief ({@link Cues#NOUNS}) or derived from a verb of saying or judging. */
  private static boolean isCueNoun(String noun) {
    return NOUNS.contains(noun) || Cues.NOUNS.contains(noun) || Nominalization.ofSaying(noun)
        || Nominalization.ofJudgment(noun);
  }

  /** A that-clause (or, under the verb, any clausal complement) after {@code head}. */
  private static int[] clause(QuoteContext ctx, DepTree tree, int head) {
    for (int k : tree.children(head)) {
      String rel = tree.relation(k);
      if (k > head && (rel.equals("ccomp") || rel.equals("acl") && tree.child(k, "mark") >= 0
          && ctx.token(tree.child(k, "mark")).word().equalsIgnoreCase("that"))) {
        return Complements.clauseSpan(ctx, tree, k);
      }
    }
    return null;
  }

  /** The object of an about/on/at-phrase after {@code head}, without the preposition; not a date or place. */
  private static int[] topic(QuoteContext ctx, DepTree tree, int head) {
    for (int k : tree.children(head)) {
      int mark = tree.child(k, "case");
      boolean thing = ctx.token(k).ner().equals("O") || ctx.token(k).ner().equals("PERSON");
      if (k > head && mark >= 0 && thing && (tree.relation(k).startsWith("nmod") || tree.relation(k).startsWith("obl"))
          && CASES.contains(ctx.token(mark).word().toLowerCase(Locale.ROOT))) {
        int[] sub = tree.span(k, Set.of());
        int first = mark == sub[0] ? mark + 1 : sub[0];
        return ctx.contentSpan(first, Asides.end(ctx, tree, first, sub[1]));
      }
    }
    return null;
  }
}
