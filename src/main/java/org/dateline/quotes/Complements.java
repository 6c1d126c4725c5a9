package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

/**
 * Where the content of a reported-speech cue lies in the parse: its clausal complement, its object, its
 * prepositional topic, or (when the parse attached nothing) the rest of the sentence. Each finder returns the
 * content's char span, or null.
 */
final class Complements {

  private static final Set<String> CLAUSE = Set.of("ccomp");
  /** Words that open a reported clause. */
  private static final Set<String> CLAUSE_MARKS = Set.of("that", "whether", "if");
  /** A topic is a thing or a person ("talked about Trump"), not a place, a date or a medium ("on Fox News"). */
  private static final Set<String> TOPIC_NER = Set.of("O", "PERSON");
  /** Prepositions that continue an object into the content ("accused X of", "blasted X for"). */
  private static final Set<String> OBJECT_CASES = Set.of("as", "for", "of", "over", "into", "about", "against");
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
    return ctx.contentSpan(span[0], Asides.end(ctx, tree, span[0], span[1]));
  }

  /**
   * The complement {@code head} of cue {@code verb} and what the parser hung on the cue after it but belongs
   * to the content: a reason or condition ("says caucuses are an unknown because ...") and a second predicate
   * without a subject that is no cue itself ("said the process was fair, but required an effort").
   */
  static int[] complementSpan(QuoteContext ctx, DepTree tree, int verb, int head) {
    int[] span = tree.span(head, Set.of());
    for (int k : tree.children(verb)) {
      if (k > span[1] && continues(ctx, tree, k, span[1])) {
        span[1] = Math.max(span[1], tree.span(k, Set.of())[1]);
      }
    }
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
    if (tree.rel(k).equals("advcl")) {
      int mark = tree.child(k, "mark");
      return mark >= 0 && REASONS.contains(ctx.token(mark).word().toLowerCase(Locale.ROOT));
    }
    return tree.rel(k).equals("conj") && t.pos().startsWith("VB") && tree.child(k, "nsubj") < 0
        && !Cues.isCue(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "said — on Twitter, as it happens — that ...": when the parse attaches no clause to a verb of saying, the
   * rest of the sentence after its objects and adverbials is the content, if it reads like a clause.
   */
  static int[] rest(QuoteContext ctx, Sentence s, DepTree tree, int verb) {
    int from = verb + 1;
    for (int k : tree.children(verb)) {
      String rel = tree.rel(k);
      boolean aside = rel.startsWith("obl") || rel.equals("advmod") || rel.equals("iobj") || rel.equals("punct")
          || rel.equals("obj") && ctx.token(k).pos().startsWith("PRP") || rel.equals("obj") && k == from;
      int[] sub = tree.span(k, Set.of());
      // Only asides right after the verb: the sentence's closing full stop is a child of the verb too.
      if (k >= from && aside && sub[0] <= from) {
        from = Math.max(from, sub[1] + 1);
      }
    }
    int last = s.endToken() - 1;
    // A cue after a quote in its sentence attributes that quote; a participle after it is a cue of its own.
    boolean quoteBefore = s.tokens().stream().anyMatch(k -> k.index() < verb && ctx.inQuote(k));
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

  /**
   * "called for the president to resign", "called on the regime to abandon ...": the parser makes the demand an
   * adverbial clause marked by the preposition; the content is that clause without it.
   */
  static int[] demand(QuoteContext ctx, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      int mark = tree.child(k, "mark");
      String word = mark < 0 ? "" : ctx.token(mark).word().toLowerCase(Locale.ROOT);
      if (k > verb && tree.rel(k).equals("advcl") && (word.equals("for") || word.equals("on") || word.equals("upon"))) {
        int[] sub = tree.span(k, Set.of());
        int first = mark == sub[0] ? mark + 1 : sub[0];
        return ctx.contentSpan(first, Asides.end(ctx, tree, first, sub[1]));
      }
    }
    return null;
  }

  /** "talked about the economy", "called for a ban": the prepositional object, without its preposition. */
  static int[] topic(QuoteContext ctx, DepTree tree, int verb) {
    boolean to = Cues.TOPIC_TO.contains(ctx.token(verb).lemma().toLowerCase(Locale.ROOT));
    for (int k : tree.children(verb)) {
      int mark = tree.child(k, "case");
      String preposition = mark < 0 ? "" : ctx.token(mark).word().toLowerCase(Locale.ROOT);
      if (k > verb && tree.rel(k).startsWith("obl") && mark >= 0 && TOPIC_NER.contains(ctx.token(k).ner())
          && (Cues.TOPIC_CASES.contains(preposition) || to && preposition.equals("to"))) {
        int[] sub = tree.span(k, Set.of());
        int first = mark == sub[0] ? mark + 1 : sub[0];
        return ctx.contentSpan(first, Asides.end(ctx, tree, first, sub[1]));
      }
    }
    return null;
  }

  /** The clausal complement after (or, in "..., X said", before) the verb. */
  static int clause(DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      if (CLAUSE.contains(tree.rel(k))) {
        return k;
      }
    }
    return -1;
  }

  static boolean hasToMark(QuoteContext ctx, DepTree tree, int x) {
    int mark = tree.child(x, "mark");
    return mark >= 0 && ctx.token(mark).word().equalsIgnoreCase("to");
  }

  /** "described the discussions as very constructive": the object through the end of what follows it. */
  static int[] objectContent(QuoteContext ctx, DepTree tree, int verb) {
    int obj = tree.child(verb, "obj") >= 0 ? tree.child(verb, "obj") : tree.child(verb, "iobj");
    // "were denied visas": the object of a passive verb is a thing given or refused, not a statement.
    if (obj < verb || hasToMark(ctx, tree, verb) || tree.child(verb, "aux:pass") >= 0) {
      return null;
    }
    int[] span = tree.span(obj, Set.of());
    for (int k : tree.children(verb)) {
      if (k > span[1] && completesObject(ctx, tree, k)) {
        span[1] = Math.max(span[1], tree.span(k, Set.of())[1]);
      }
    }
    return ctx.contentSpan(span[0], Asides.end(ctx, tree, span[0], span[1]));
  }

  /**
   * What completes an object into the content: "called on her to resign", "blasted Rubio for his vote",
   * "described the talks as constructive", "called Clinton unqualified". Time and place adverbials do not.
   */
  private static boolean completesObject(QuoteContext ctx, DepTree tree, int k) {
    String rel = tree.rel(k);
    String first = ctx.token(tree.span(k, Set.of())[0]).word().toLowerCase(Locale.ROOT);
    if (rel.equals("xcomp")) {
      return true;
    }
    return (rel.startsWith("obl") || rel.equals("advcl")) && OBJECT_CASES.contains(first);
  }
}
