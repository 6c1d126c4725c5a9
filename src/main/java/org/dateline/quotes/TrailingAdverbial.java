package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * A clause of circumstance that closes the content ("said they would support Trump, while emphasizing it is no
 * endorsement", "insist they give no support to the fighters despite the group's name change", "says he is
 * excited as he faces a test", "insisted it was rigged even though fraud is rare"): the writer's setting of the
 * report, which PolNeAR leaves out of the content even where the parser hangs it inside. A clause of contrast with
 * a cue of its own ("..., though she noted X") is no circumstance but a second attribution: {@link Asides} cuts
 * before it, and a content that opens with one starts after it.
 */
final class TrailingAdverbial {

  // Measured one by one on both halves: "as", "after", "since", "so" and "because" open content as often as
  // asides ("regard X as Y", "said it failed because ..."), so they are no cut.
  private static final Set<String> OPENERS = Set.of("despite", "while");
  /** Subordinators that open the writer's circumstance when a personal pronoun is their subject ("as he urges"). */
  private static final Set<String> NARRATING = Set.of("as");

  /**
   * Subordinators of contrast or accompanying time: a clause they open with a cue and its own subject ("..., though
   * she noted X", "..., as polls show X") is a second attribution. Measured on both halves: "because", "after",
   * "since", "until", "if" open the speaker's own reasons and settings, which PolNeAR keeps in the content.
   */
  private static final Set<String> CONCESSIVE = Set.of("though", "although", "while", "whereas", "as", "when");

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
    // "says the team is standing firm despite losing the opener": a gerund after "despite" shares the content's
    // subject, the speaker's own concession, which PolNeAR keeps; a noun phrase is a fact the writer sets against it.
    if (word.equals("despite") && phrase >= 0 && ctx.token(phrase).pos().equals("VBG")) {
      return false;
    }
    String role = phrase >= 0 ? tree.relation(phrase) : "";
    int opener = concessive ? at - 1 : at;
    return (role.equals("advcl") || role.startsWith("obl")) && phrase > at
        && tree.span(phrase, Set.of())[0] == opener && tree.span(phrase, Set.of())[1] >= last - 1;
  }

  /**
   * Whether clause {@code k} is a clause of contrast ({@link #contrast}) that runs to the content's end.
   */
  static boolean attributes(QuoteContext ctx, DepTree tree, int k, int last) {
    return contrast(ctx, tree, k) && tree.span(k, Set.of())[1] >= last - 1;
  }

  /**
   * Whether {@code k} heads an adverbial clause opened by one of {@link #CONCESSIVE}, with an active subject of its
   * own ("though he was warned against it" is the content's subject acted on, still the content).
   */
  private static boolean contrast(QuoteContext ctx, DepTree tree, int k) {
    int mark = tree.child(k, "mark");
    return tree.relation(k).equals("advcl") && mark >= 0 && tree.childExactly(k, "nsubj") >= 0
        && CONCESSIVE.contains(ctx.token(mark).word().toLowerCase(Locale.ROOT));
  }

  /**
   * The first token of content {@code first..last} after a fronted clause of contrast with a cue of its own
   * ("While analysts expect a cut, the bank will hold, she said"): that clause is its holders' attribution, the
   * content is the main clause after its comma; else {@code first}.
   */
  static int afterLeading(QuoteContext ctx, DepTree tree, int first, int last) {
    int k = tree.head(first);
    if (k <= first || k > last || !tree.relation(first).equals("mark") || ctx.inQuote(ctx.token(k))
        || !ctx.token(k).pos().startsWith("VB") || !Cues.VERBS.contains(ctx.token(k).lemma().toLowerCase(Locale.ROOT))
        || !contrast(ctx, tree, k) || tree.span(k, Set.of())[0] != first) {
      return first;
    }
    int end = tree.span(k, Set.of("punct"))[1];
    int main = tree.head(k);
    boolean closed = end + 2 <= last && ctx.token(end + 1).word().equals(",");
    return closed && main > end + 1 ? end + 2 : first;
  }
}
