package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * A judgement in the passive: "Ginsburg is known for her liberal bent", "Sanders was declared the winner",
 * "the rollout was widely criticized as sloppy". What is judged (the subject) and the judgement (the complement
 * after the verb) are two pieces of one attribution; its source is the "by" agent, or nobody in particular.
 * Any cue in the passive with a "by" agent attributes its subject to the agent ("The plan was backed by 42
 * percent of voters").
 */
final class PassiveCue {

  /** Verbs of naming and judging whose passive states someone's view, besides the cues of {@link Cues}. */
  private static final Set<String> JUDGING = Set.of("know", "name", "bill", "regard", "rate", "elect", "nominate",
      "hail", "brand", "dub", "label", "consider", "see", "view", "deem", "criticize", "accuse", "blame", "charge",
      "suspect", "praise", "call", "describe", "declare", "portray", "characterize", "credit");
  /** Prepositions that introduce the judgement ("known as", "criticized for"). */
  private static final Set<String> CASES = Set.of("as", "for", "of", "with", "over");

  private PassiveCue() {
  }

  /** The two pieces of a passive judgement with cue {@code verb}, or none. */
  static List<Quote> rows(QuoteContext ctx, Sentence s, DepTree tree, Token verb) {
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    int subject = tree.child(verb.index(), "nsubj:pass");
    boolean judging = JUDGING.contains(lemma);
    // "the string of contests known as Super Tuesday": a participle after its noun is a passive without "be".
    boolean reduced = subject < 0 && tree.relation(verb.index()).equals("acl") && tree.head(verb.index()) >= 0
        && tree.head(verb.index()) < verb.index() && ctx.token(tree.head(verb.index())).pos().startsWith("NN");
    if (reduced) {
      subject = outerNoun(ctx, tree, tree.head(verb.index()));
    }
    if (!judging && !Cues.isCue(lemma) || s.section() == Section.HEADLINE
        || (tree.child(verb.index(), "aux:pass") < 0 || ContractedPerfect.is(ctx.doc, tree, verb.index())) && !reduced
        || subject < 0 || subject > verb.index()
        || ctx.inQuote(ctx.token(subject))) {
      return List.of();
    }
    // "was named as the treasurer": an as-phrase makes any cue in the passive a judgement of its subject.
    int judgement = judging ? complement(ctx, tree, verb.index(), lemma) : asPhrase(ctx, tree, verb.index());
    int agent = PassiveAgent.of(ctx, tree, verb.index());
    // "Scully's involvement was first reported by the New York Times": what was reported, by its source.
    if (judgement < 0 && (agent < 0 || reduced)) {
      return List.of();
    }
    int[] what = reduced ? tree.span(subject, Set.of("acl:relcl", "appos", "punct", "acl", "case"))
        : tree.span(subject, Set.of("acl:relcl", "appos", "punct"));
    what[1] = reduced ? Math.min(what[1], verb.index() - 1) : what[1];
    int[] subjectSpan = ctx.contentSpan(what[0], what[1]);
    int[] judgementSpan = null;
    if (judgement >= 0) {
      int[] sub = tree.span(judgement, Set.of());
      int stray = agent < 0 ? PassiveAgent.stray(ctx, tree, judgement, sub[1]) : -1;
      if (stray >= 0) {
        agent = stray;
        sub[1] = tree.span(stray, Set.of())[0] - 1;
      }
      if (reduced) {
        // "known as Super Tuesday": the name is all that the participle governs after it, without its "as".
        int mark = tree.child(judgement, "case");
        sub[0] = mark == sub[0] ? sub[0] + 1 : sub[0];
        sub[1] = Math.max(sub[1], tree.span(verb.index(), Set.of("punct"))[1]);
      }
      judgementSpan = ctx.contentSpan(sub[0], Asides.end(ctx, tree, sub[0], sub[1]));
    }
    if (subjectSpan == null || judgement >= 0 && judgementSpan == null) {
      return List.of();
    }
    Quote.Cue cue = new Quote.Cue(lemma, verb.start(), verb.end());
    List<Quote> rows = new ArrayList<>();
    for (int[] piece : judgementSpan == null ? new int[][] {subjectSpan} : new int[][] {subjectSpan, judgementSpan}) {
      Quote q = ReportedSpeech.row(ctx, s, tree, piece, agent, cue);
      if (q != null) {
        rows.add(q);
      }
    }
    return rows;
  }

  /** The noun phrase a noun closes: "the string of contests" for "contests" (PolNeAR takes the whole phrase). */
  private static int outerNoun(QuoteContext ctx, DepTree tree, int noun) {
    int n = noun;
    while (tree.relation(n).startsWith("nmod") && tree.head(n) >= 0 && tree.head(n) < n
        && ctx.token(tree.head(n)).pos().startsWith("NN") && "of".equalsIgnoreCase(tree.caseOf(n))) {
      n = tree.head(n);
    }
    return n;
  }

  /**
   * The judgement: a predicate ("declared the winner", "seen as weak") or an as/for-phrase, after the verb. After
   * a verb of naming a for-phrase is the namesake or a reason ("named for his father", "declined to be named for
   * fear of ...", "the state was called for Cruz"), not what the name says.
   */
  private static int complement(QuoteContext ctx, DepTree tree, int verb, String lemma) {
    for (int k : tree.children(verb)) {
      if (k < verb) {
        continue;
      }
      String rel = tree.relation(k);
      String word = caseWord(ctx, tree, k);
      // "faulted as careless", "faulted for being late": an adjective or gerund in the phrase is an advcl.
      boolean phrase = (rel.startsWith("obl") || rel.equals("advcl")) && CASES.contains(word)
          && !(Cues.NAMING.contains(lemma) && word.equals("for"));
      // "was dubbed the favourite", "is considered a model": the second object of a verb of naming or judging.
      boolean object = rel.equals("obj") && ctx.token(k).pos().startsWith("NN");
      if (rel.equals("xcomp") && !Complements.hasToMark(ctx, tree, k) || phrase || object) {
        return k;
      }
    }
    return -1;
  }

  /** An as-phrase after the verb ("named as the treasurer", "tipped as the favourite"), or -1. */
  private static int asPhrase(QuoteContext ctx, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      String rel = tree.relation(k);
      if (k > verb && (rel.startsWith("obl") || rel.equals("advcl")) && caseWord(ctx, tree, k).equals("as")) {
        return k;
      }
    }
    return -1;
  }

  /** The preposition or subordinator that opens phrase {@code k}, lower case, or "". */
  private static String caseWord(QuoteContext ctx, DepTree tree, int k) {
    int mark = tree.child(k, "case");
    mark = mark >= 0 ? mark : tree.child(k, "mark");
    return mark >= 0 ? ctx.token(mark).word().toLowerCase(Locale.ROOT) : "";
  }
}
