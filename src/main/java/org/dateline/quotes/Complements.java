package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Clausal content of a reported-speech cue: its clausal complement (with what the parser hung on the cue but
 * belongs to it), or, when the parse attached nothing, the rest of the sentence. {@link ObjectContent} finds
 * content that is a noun phrase. Each finder returns the content's char span, or null.
 */
final class Complements {

  private static final Set<String> CLAUSE = Set.of("ccomp");
  /** Words that open a reported clause. */
  private static final Set<String> CLAUSE_MARKS = Set.of("that", "whether", "if");
  /** Conjunctions of a reason or condition the speaker gives with the content. */
  private static final Set<String> REASONS = Set.of("because", "if", "unless", "although", "though", "since");

  private Complements() {
  }

  /**
   * A reported clause with the clauses conjoined to it ("said the process was fair, and that it was open"):
   * PolNeAR counts them as one content; the trailing asides of {@link Asides} are left out.
   */
  static int[] clauseSpan(QuoteContext ctx, DepTree tree, int head) {
    int[] span = tree.span(head, Set.of());
    span[1] = StrandedPredicate.end(ctx, tree, tree.head(head), span[1]);
    return ctx.contentSpan(span[0], Asides.end(ctx, tree, span[0], span[1]));
  }

  /**
   * The complement {@code head} of cue {@code verb} and what the parser hung on the cue after it but belongs
   * to the content: a reason or condition ("says caucuses are an unknown because ...") and a second predicate
   * without a subject that is no cue itself ("said the process was fair, but required an effort"; "..., but fair").
   */
  static int[] complementSpan(QuoteContext ctx, DepTree tree, int verb, int head) {
    int[] span = tree.span(head, Set.of());
    for (int k : tree.children(verb)) {
      if (k > span[1] && continues(ctx, tree, k, span[1])) {
        span[1] = Math.max(span[1], tree.span(k, Set.of())[1]);
      }
    }
    span[1] = StrandedPredicate.end(ctx, tree, verb, span[1]);
    int last = Asides.end(ctx, tree, span[0], span[1]);
    if (span[0] > verb) {
      last = Asides.beforeSpeakersAct(ctx, verb, span[0], last);
    }
    return ctx.contentSpan(span[0], last);
  }

  /** Whether child {@code k} of a cue continues, right after token {@code end}, the content ending there. */
  private static boolean continues(QuoteContext ctx, DepTree tree, int k, int end) {
    int[] sub = tree.span(k, Set.of());
    for (int i = end + 1; i < sub[0]; i++) {
      if (!Speakers.isPunct(ctx.token(i)) && !ctx.token(i).pos().equals("CC")) {
        return false;
      }
    }
    Token t = ctx.token(k);
    if (tree.relation(k).equals("advcl")) {
      int mark = tree.child(k, "mark");
      return mark >= 0 && REASONS.contains(ctx.token(mark).word().toLowerCase(Locale.ROOT));
    }
    if (tree.relation(k).equals("conj") && opensClause(ctx, tree, k)) {
      // "says the administration should act, and that she expects ...": a second reported clause, marked as one.
      return true;
    }
    // "said the rent was high, but fair to tenants": the second predicate may be an adjective, whose copula
    // the conjunction shares with the first.
    boolean predicate = t.pos().startsWith("VB") || t.pos().startsWith("JJ");
    return tree.relation(k).equals("conj") && predicate && tree.child(k, "nsubj") < 0
        && !Cues.isCue(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether conjoined clause {@code k} opens with a complementizer or a question word ("..., and that she expects
   * ...", "why X or why Y"): a second reported clause of the same cue, not a statement of the writer's.
   */
  static boolean opensClause(QuoteContext ctx, DepTree tree, int k) {
    int first = tree.span(k, Set.of("cc", "punct"))[0];
    Token t = ctx.token(first);
    int mark = tree.child(k, "mark");
    boolean marked = mark == first && CLAUSE_MARKS.contains(t.word().toLowerCase(Locale.ROOT));
    return marked || t.pos().startsWith("W") && !t.pos().equals("WDT");
  }

  /**
   * "said — on Twitter, as it happens — that ...": when the parse attaches no clause to a verb of saying, the
   * rest of the sentence after its objects and adverbials is the content, if it reads like a clause.
   */
  static int[] rest(QuoteContext ctx, Sentence s, DepTree tree, int verb) {
    int from = verb + 1;
    for (int k : tree.children(verb)) {
      String rel = tree.relation(k);
      boolean aside = rel.startsWith("obl") || rel.equals("advmod") || rel.equals("iobj") || rel.equals("punct")
          || rel.equals("obj") && ctx.token(k).pos().startsWith("PRP") || rel.equals("obj") && k == from;
      int[] sub = tree.span(k, Set.of());
      // Only asides right after the verb: the sentence's closing full stop is a child of the verb too.
      if (k >= from && aside && sub[0] <= from) {
        from = Math.max(from, sub[1] + 1);
      }
    }
    int last = beforeOwnConjunct(ctx, tree, verb, from, s.endToken() - 1);
    // A cue after a quote in its sentence attributes that quote; a participle after it is a cue of its own. Not
    // a cue in a relative clause: 'cited "X" policies, which he said had ...' quotes a word of the noun it modifies.
    boolean quoteBefore = !tree.relation(verb).equals("acl:relcl")
        && s.tokens().stream().anyMatch(k -> k.index() < verb && ctx.inQuote(k));
    if (last - from < 2 || quoteBefore || !opensContent(ctx, tree, verb, from, false)) {
      return null;
    }
    boolean clause = false;
    for (int i = from; i <= last; i++) {
      clause |= ctx.token(i).pos().startsWith("VB") && !ctx.inQuote(ctx.token(i));
    }
    return clause ? ctx.contentSpan(from, Asides.end(ctx, tree, from, last)) : null;
  }

  /**
   * The last token before a second predicate of the cue's own subject ("reported flat growth, and said it was
   * operating at a loss"): the speaker's next act, not part of what the cue reports; else {@code last}.
   */
  private static int beforeOwnConjunct(QuoteContext ctx, DepTree tree, int verb, int from, int last) {
    for (int k : tree.children(verb)) {
      int start = tree.span(k, Set.of("cc", "punct"))[0];
      if (k > from && k <= last && tree.relation(k).equals("conj") && ctx.token(k).pos().startsWith("VB")) {
        // "said, and specifically mentioned X": a rest that opens with the speaker's next act holds no content.
        int cut = Math.max(start - 1, from - 1);
        while (cut > from && (Speakers.isPunct(ctx.token(cut)) || ctx.token(cut).pos().equals("CC"))) {
          cut--;
        }
        return cut;
      }
    }
    return last;
  }

  /**
   * Whether what follows cue {@code verb} from token {@code first} on can be its content rather than a
   * description of the speaker ("said Cruz, who had ..."); unless {@code parsed} (the parser made it the cue's
   * complement), also rather than the circumstances of saying it (", adding ...", "in an interview").
   */
  static boolean opensContent(QuoteContext ctx, DepTree tree, int verb, int first, boolean parsed) {
    Token t = ctx.token(first);
    String word = t.word().toLowerCase(Locale.ROOT);
    boolean relative = t.pos().startsWith("W") && first > 0 && ctx.token(first - 1).word().equals(",");
    int subject = tree.child(verb, "nsubj");
    boolean speaker = subject > verb && tree.dominates(subject, first);
    boolean circumstance = t.pos().equals("VBG") || t.pos().equals("IN") && !CLAUSE_MARKS.contains(word);
    return !relative && !speaker && (parsed || !circumstance);
  }

  /** The clausal complement after (or, in "..., X said", before) the verb. */
  static int clause(DepTree tree, int verb) {
    int before = -1;
    for (int k : tree.children(verb)) {
      if (CLAUSE.contains(tree.relation(k))) {
        // "Like owners who foresee a gain, Schmidt said he was building ...": the parser can take a fronted
        // relative clause for a second complement; the clause after the verb is what was said.
        if (k > verb) {
          return k;
        }
        before = before < 0 ? k : before;
      }
    }
    return before;
  }

  static boolean hasToMark(QuoteContext ctx, DepTree tree, int x) {
    int mark = tree.child(x, "mark");
    return mark >= 0 && ctx.token(mark).word().equalsIgnoreCase("to");
  }


}
