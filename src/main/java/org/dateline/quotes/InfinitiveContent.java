package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.entities.EntityTypes;

/**
 * The promised, sought or demanded infinitive of a verb cue ("pledged to bolster its military", "urged the party
 * to unite"), with the one urged or asked when PolNeAR counts it as part of what was said.
 */
final class InfinitiveContent {

  private InfinitiveContent() {
  }

  /** The infinitive content of cue {@code verb}, or null when the verb takes none or has no to-infinitive. */
  static int[] of(QuoteContext ctx, DepTree tree, int verb, String lemma) {
    int x = tree.child(verb, "xcomp");
    if (!Cues.INFINITIVE_VERBS.contains(lemma) || x < verb || !Complements.hasToMark(ctx, tree, x)) {
      return null;
    }
    int[] sub = tree.span(x, Set.of());
    int first = addressee(ctx, tree, verb, x) ? tree.span(tree.child(verb, "obj"), Set.of())[0] : sub[0];
    // "pledged to bolster its military, reversing its pacifism": the writer's aside is no part of the pledge.
    return ctx.contentSpan(first, Asides.end(ctx, tree, first, sub[1]));
  }

  /**
   * Whether the object of {@code verb} before its infinitive {@code x} belongs to the content: "urged the party
   * to unite", "asked them to host events" (PolNeAR's content is the one urged and what they are to do). Not a
   * date parsed as an object ("vowed Tuesday to remain"), and not the one persuaded: "persuaded the government
   * to lower tariffs" reports only the outcome.
   */
  private static boolean addressee(QuoteContext ctx, DepTree tree, int verb, int x) {
    int obj = tree.child(verb, "obj");
    return obj > verb && obj < x && !EntityTypes.TEMPORAL.contains(ctx.token(obj).ner())
        && !Cues.PERSUADE.contains(ctx.token(verb).lemma().toLowerCase(Locale.ROOT));
  }
}
