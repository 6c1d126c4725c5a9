package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.entities.EntityTypes;

/**
 * A phrase or clause right after a cue's object that the parser hung on the cue but that belongs to the object, so
 * to the content: "backed Ortiz in the runoff", "blamed the slump in prices", "praised the firm's record with
 * veterans", "cited the rise of prices across the region". A phrase of time, or of the speaker's own occasion, medium or
 * source ("in his speech", "at a rally", "through a spokesman", "on Monday"), is the circumstance of saying it.
 */
final class ObjectPhrase {

  /** Prepositions of where, by what means or from where the speaker said it, beside {@link Mixed#CIRCUMSTANCE}. */
  private static final Set<String> SAYING = Set.of("from", "through", "following");

  private ObjectPhrase() {
  }

  /** Whether phrase {@code k}, a dependent of the cue, belongs to the cue's object {@code obj}. */
  static boolean belongs(QuoteContext ctx, DepTree tree, int obj, int k) {
    if (!tree.relation(k).startsWith("obl") || timed(ctx, tree, k)) {
      return false;
    }
    String first = ctx.token(tree.span(k, Set.of())[0]).word().toLowerCase(Locale.ROOT);
    if (first.equals("in")) {
      // "in his speech", "in Iowa": an in-phrase with a possessive pronoun or a name is where the speaker spoke.
      int poss = tree.child(k, "nmod:poss");
      return ctx.token(k).ner().equals("O") && !(poss >= 0 && ctx.token(poss).pos().equals("PRP$"));
    }
    // "praised Clinton at the rally", "thanked them for coming": after a person the phrase is the act's, not a
    // modifier of the person (what completes such an object is read by ObjectContent's own cases), unless the
    // cue's subject is a thing, which does not act.
    boolean act = person(ctx, obj) && !thingSubject(ctx, tree, tree.head(k));
    return !act && !Mixed.CIRCUMSTANCE.contains(first) && !SAYING.contains(first);
  }

  /**
   * "touted the bridges she has helped build": a relative clause without "that" right after the object, which the
   * parser hangs on the cue as a clause of its own ({@code parataxis} or {@code dep} {@code k}). It opens with its
   * pronoun subject and leaves its object out, the gap the object fills (no object or reported clause down its
   * chain of complements).
   */
  static boolean contactRelative(QuoteContext ctx, DepTree tree, int k) {
    String rel = tree.relation(k);
    int subject = tree.child(k, "nsubj");
    if (!rel.equals("parataxis") && !rel.equals("dep") || subject < 0 || tree.span(k, Set.of())[0] != subject
        || !ctx.token(subject).pos().equals("PRP") || !ctx.token(k).pos().startsWith("VB")) {
      return false;
    }
    for (int v = k; v >= 0; v = tree.child(v, "xcomp")) {
      if (tree.child(v, "obj") >= 0 || tree.child(v, "ccomp") >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether cue {@code verb} has a thing for its subject, a common noun that names no entity ("the survey shows
   * Ruiz with a lead", "polls show Ruiz ahead among women"): a thing does not act, so the phrase is no act's.
   */
  private static boolean thingSubject(QuoteContext ctx, DepTree tree, int verb) {
    int subj = verb >= 0 ? tree.child(verb, "nsubj") : -1;
    if (subj < 0 && verb >= 0 && tree.relation(verb).equals("acl")) {
      subj = tree.head(verb);
    }
    return subj >= 0 && ctx.token(subj).pos().startsWith("NN") && ctx.token(subj).ner().equals("O");
  }

  private static boolean person(QuoteContext ctx, int obj) {
    return ctx.token(obj).pos().startsWith("PRP") || ctx.token(obj).ner().equals(EntityTypes.PERSON);
  }

  private static boolean timed(QuoteContext ctx, DepTree tree, int k) {
    return tree.subtree(k, Set.of()).stream().anyMatch(i -> EntityTypes.TEMPORAL.contains(ctx.token(i).ner()));
  }
}
