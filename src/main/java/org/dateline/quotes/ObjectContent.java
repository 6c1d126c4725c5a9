package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.entities.EntityTypes;

/**
 * Content that is a noun phrase rather than a clause: the object of a cue and what completes it ("blasted
 * Rubio for his vote"), the topic of a prepositional cue ("talked about the economy") and a demand parsed as a
 * marked clause ("called for the president to resign"). Each finder returns the content's char span, or null.
 */
final class ObjectContent {

  /** A topic is a thing or a person ("talked about Trump"), not a place, a date or a medium ("on Fox News"). */
  private static final Set<String> TOPIC_NER = Set.of("O", "PERSON");
  /** Prepositions that continue an object into the content ("accused X of", "blasted X for"). */
  private static final Set<String> OBJECT_CASES = Set.of("as", "for", "of", "over", "into", "about", "against");
  /** Prepositions of a noun phrase (no time) that PolNeAR keeps in an object's content: "on trade", "by name". */
  private static final Set<String> OBJECT_RESPECTS = Set.of("on", "by");

  private ObjectContent() {
  }

  /** "described the discussions as very constructive": the object through the end of what follows it. */
  static int[] object(QuoteContext ctx, DepTree tree, int verb) {
    int obj = tree.child(verb, "obj") >= 0 ? tree.child(verb, "obj") : tree.child(verb, "iobj");
    // "were denied visas": the object of a passive verb is a thing given or refused, not a statement. A
    // to-infinitive counts only as the complement of a verb or adjective of control ("tried to blast the plan",
    // "was quick to praise him"), whose subject is the speaker; not as a purpose or a noun's infinitive.
    if (Complements.hasToMark(ctx, tree, verb) && !tree.relation(verb).equals("xcomp") || tree.child(verb, "aux:pass") >= 0) {
      return null;
    }
    int x = tree.child(verb, "xcomp");
    if (obj < verb) {
      // "considers Mr. Obama hopelessly naive": the parser makes the object the subject of a small clause.
      boolean small = x > verb && tree.child(x, "nsubj") > verb && !Complements.hasToMark(ctx, tree, x);
      return small ? Complements.clauseSpan(ctx, tree, x) : obj >= 0 ? movedObject(ctx, tree, verb, obj) : null;
    }
    int[] span = tree.span(obj, Set.of());
    for (int k : tree.children(verb)) {
      // "view Trump unfavorably", "showed Trump ahead": a bare adverb right after the object is its predicate.
      boolean manner = k == span[1] + 1 && tree.relation(k).equals("advmod") && ctx.token(k).pos().equals("RB")
          && tree.children(k).isEmpty();
      boolean within = k > span[1] && tree.span(k, Set.of())[0] == span[1] + 1
          && (ObjectPhrase.belongs(ctx, tree, obj, k) || ObjectPhrase.contactRelative(ctx, tree, k));
      if (k > span[1] && (completesObject(ctx, tree, k) || manner || within)) {
        span[1] = Math.max(span[1], tree.span(k, Set.of())[1]);
      }
    }
    return ctx.contentSpan(span[0], Asides.end(ctx, tree, span[0], span[1]));
  }

  /**
   * "what she calls waste", "which critics consider unfair", "what some describe as a ploy": the object
   * moved in front as a relative or question word; the content is the name or judgement after the verb.
   */
  private static int[] movedObject(QuoteContext ctx, DepTree tree, int verb, int obj) {
    if (!ctx.token(obj).pos().startsWith("W")) {
      return null;
    }
    for (int k : tree.children(verb)) {
      String rel = tree.relation(k);
      boolean as = (rel.startsWith("obl") || rel.equals("advcl"))
          && ctx.token(tree.span(k, Set.of())[0]).word().equalsIgnoreCase("as");
      if (k > verb && (rel.equals("obj") || rel.equals("xcomp") && !Complements.hasToMark(ctx, tree, k) || as)) {
        int[] span = tree.span(k, Set.of());
        // "calls waste in the budget": a prepositional phrase the parser hung on the verb right after it.
        for (int j : tree.children(verb)) {
          int[] sub = tree.span(j, Set.of());
          if (sub[0] == span[1] + 1 && tree.relation(j).startsWith("obl")
              && !EntityTypes.TEMPORAL.contains(ctx.token(j).ner())) {
            span[1] = sub[1];
          }
        }
        return ctx.contentSpan(span[0], Asides.end(ctx, tree, span[0], span[1]));
      }
    }
    return null;
  }

  /**
   * What completes an object into the content: "called on her to resign", "blasted Rubio for his vote",
   * "described the talks as constructive", "called Clinton unqualified". Time and place adverbials do not.
   */
  private static boolean completesObject(QuoteContext ctx, DepTree tree, int k) {
    String rel = tree.relation(k);
    String first = ctx.token(tree.span(k, Set.of())[0]).word().toLowerCase(Locale.ROOT);
    if (rel.equals("xcomp")) {
      return true;
    }
    // "knocked Rubio on trade", "mentioned Trump by name": the respect of the judgement; not "on Tuesday".
    if (rel.startsWith("obl") && OBJECT_RESPECTS.contains(first) && !EntityTypes.TEMPORAL.contains(ctx.token(k).ner())) {
      return true;
    }
    return (rel.startsWith("obl") || rel.equals("advcl")) && OBJECT_CASES.contains(first);
  }

  /**
   * "called for the president to resign", "called on the regime to abandon ...": the parser makes the demand an
   * adverbial clause marked by the preposition; the content is that clause without it.
   */
  static int[] demand(QuoteContext ctx, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      int mark = tree.child(k, "mark");
      String word = mark < 0 ? "" : ctx.token(mark).word().toLowerCase(Locale.ROOT);
      boolean demand = word.equals("for") || word.equals("on") || word.equals("upon");
      if (k > verb && tree.relation(k).equals("advcl") && demand) {
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
      // "called for reducing the rate": the parser files a gerund after the preposition as an adverbial clause.
      boolean gerund = tree.relation(k).equals("advcl") && ctx.token(k).pos().equals("VBG");
      if (k > verb && (tree.relation(k).startsWith("obl") || gerund) && mark >= 0
          && TOPIC_NER.contains(ctx.token(k).ner())
          && (Cues.TOPIC_CASES.contains(preposition) || to && preposition.equals("to"))) {
        int[] sub = tree.span(k, Set.of());
        int first = mark == sub[0] ? mark + 1 : sub[0];
        // "referred to her as "the devil."": the as-phrase completes the topic; so does a to-infinitive right
        // after it that the parser hung on the cue ("called for the fleet to be sent"): the topic's predicate.
        for (int j : tree.children(verb)) {
          boolean as = (tree.relation(j).startsWith("obl") || tree.relation(j).equals("advcl"))
              && ctx.token(tree.span(j, Set.of())[0]).word().equalsIgnoreCase("as");
          boolean predicate = tree.relation(j).equals("xcomp") && tree.span(j, Set.of())[0] == sub[1] + 1
              && Complements.hasToMark(ctx, tree, j);
          if (j > sub[1] && (as || predicate)) {
            sub[1] = tree.span(j, Set.of())[1];
          }
        }
        return ctx.contentSpan(first, Asides.end(ctx, tree, first, sub[1]));
      }
    }
    return null;
  }
}
