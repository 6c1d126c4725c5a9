package org.dateline.quotes;

import java.util.HashSet;
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

  private Complements() {
  }

  /** A clause without the further clauses conjoined to it ("he prefers X, and about half would rather Y"). */
  static int[] clauseSpan(QuoteContext ctx, DepTree tree, int head) {
    Set<Integer> skip = new HashSet<>();
    for (int k : tree.children(head)) {
      if (k > head && tree.rel(k).equals("conj") && tree.child(k, "nsubj") >= 0) {
        skip.add(k);
      }
    }
    int first = head;
    int last = head;
    for (int k : tree.children(head)) {
      if (skip.stream().anyMatch(j -> j <= k)) {
        continue;
      }
      int[] sub = tree.span(k, Set.of());
      first = Math.min(first, sub[0]);
      last = Math.max(last, sub[1]);
    }
    return ctx.contentSpan(first, untilAside(ctx, first, last));
  }

  /**
   * The last token of a reported clause before a trailing aside that news writes after a comma: a participle
   * (", noting that ..."), a new clause with its own subject (", and he railed ...") or anything after ";".
   */
  static int untilAside(QuoteContext ctx, int first, int last) {
    for (int i = first + 1; i < last; i++) {
      Token t = ctx.token(i);
      if (ctx.inQuote(t)) {
        continue;
      }
      Token next = ctx.token(i + 1);
      boolean newClause = next.pos().equals("CC") && i + 2 <= last
          && (ctx.token(i + 2).pos().startsWith("PRP") || ctx.token(i + 2).pos().startsWith("NNP"));
      if (t.word().equals(";") || t.word().equals(",") && (next.pos().equals("VBG") || newClause)) {
        return i - 1;
      }
    }
    return last;
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
      if (k >= from && aside) {
        from = Math.max(from, tree.span(k, Set.of())[1] + 1);
      }
    }
    int last = s.endToken() - 1;
    // A cue after a quote in its sentence attributes that quote; a participle after it is a cue of its own.
    boolean quoteBefore = s.tokens().stream().anyMatch(k -> k.index() < verb && ctx.inQuote(k));
    if (last - from < 2 || quoteBefore || ctx.token(from).pos().equals("VBG")) {
      return null;
    }
    boolean clause = false;
    for (int i = from; i <= last; i++) {
      clause |= ctx.token(i).pos().startsWith("VB") && !ctx.inQuote(ctx.token(i));
    }
    return clause ? ctx.contentSpan(from, untilAside(ctx, from, last)) : null;
  }

  /** "talked about the economy", "called for a ban": the prepositional object. */
  static int[] topic(QuoteContext ctx, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      int mark = tree.child(k, "case");
      if (k > verb && tree.rel(k).startsWith("obl") && mark >= 0 && ctx.token(k).ner().equals("O")
          && Cues.TOPIC_CASES.contains(ctx.token(mark).word().toLowerCase(Locale.ROOT))) {
        int[] sub = tree.span(k, Set.of());
        return ctx.contentSpan(sub[0], sub[1]);
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
    int obj = tree.child(verb, "obj");
    if (obj < verb || hasToMark(ctx, tree, verb)) {
      return null;
    }
    int[] span = tree.span(obj, Set.of());
    for (int k : tree.children(verb)) {
      String rel = tree.rel(k);
      if (k > span[1] && (rel.equals("xcomp") || rel.startsWith("obl") || rel.equals("advcl"))) {
        if (ctx.token(tree.span(k, Set.of())[0]).word().equalsIgnoreCase("as")) {
          span[1] = Math.max(span[1], tree.span(k, Set.of())[1]);
        }
      }
    }
    return ctx.contentSpan(span[0], span[1]);
  }
}
