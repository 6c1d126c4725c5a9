package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * A clause of circumstance that closes the content ("said they would support Trump, while emphasizing it is no
 * endorsement", "insist they give no support to the fighters despite the group's name change", "says he is
 * excited as he faces a test", "insisted it was rigged even though fraud is rare"): the writer's setting of the
 * report, which PolNeAR leaves out of the content even where the parser hangs it inside.
 */
final class TrailingAdverbial {

  // Measured one by one on both halves: "as", "after", "since", "so" and "because" open content as often as
  // asides ("regard X as Y", "said it failed because ..."), so they are no cut.
  private static final Set<String> OPENERS = Set.of("despite", "while");
  /** Subordinators that open the writer's circumstance when a personal pronoun is their subject ("as he urges"). */
  private static final Set<String> NARRATING = Set.of("as");

  private TrailingAdverbial() {
  }

  /** Whether token {@code at} opens an adverbial clause or phrase that runs to the content's end {@code last}. */
  static boolean opens(QuoteContext ctx, DepTree tree, int at, int last) {
    String word = ctx.token(at).word().toLowerCase(Locale.ROOT);
    // "insisted the vote was rigged even though fraud is rare": "even though" concedes a fact against the
    // content, the writer's rebuttal; a bare "though" may be the speaker's own reservation.
    boolean concessive = word.equals("even") && at + 1 <= last
        && ctx.token(at + 1).word().equalsIgnoreCase("though") && tree.relation(at + 1).equals("mark");
    if (concessive) {
      word = "though";
      at = at + 1;
    }
    String rel = tree.relation(at);
    int phrase = tree.head(at);
    int subject = phrase >= 0 ? tree.child(phrase, "nsubj") : -1;
    boolean narrating = NARRATING.contains(word) && rel.equals("mark") && subject == at + 1
        && ctx.token(subject).pos().equals("PRP");
    if (!narrating && !concessive && (!OPENERS.contains(word) || !rel.equals("mark") && !rel.equals("case"))) {
      return false;
    }
    String role = phrase >= 0 ? tree.relation(phrase) : "";
    int opener = concessive ? at - 1 : at;
    return (role.equals("advcl") || role.startsWith("obl")) && phrase > at
        && tree.span(phrase, Set.of())[0] == opener && tree.span(phrase, Set.of())[1] >= last - 1;
  }
}
