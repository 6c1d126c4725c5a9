package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Reported content of a noun cue, attributed to the noun's possessor: the that-clause of a noun of speech or
 * belief ("Ushakov's statement that ..."), the infinitive of a noun of intent ("Obama's decision not to strike")
 * and the prepositional object of a noun of stance ("her criticism of the vote", "his support for the bill").
 */
final class NounCue {

  /** Nouns of intent whose to-infinitive is what was decided, planned or promised. */
  static final Set<String> INTENT = Set.of("decision", "plan", "pledge", "promise", "vow", "threat",
      "refusal", "call", "demand", "effort", "bid", "proposal", "request", "intention", "offer", "hope",
      "determination", "desire", "wish", "willingness", "reluctance");
  /** Nouns of stance whose of/for/on/about/against-phrase is what the stance is about. */
  private static final Set<String> STANCE = Set.of("support", "criticism", "endorsement", "opposition",
      "comment", "comments", "praise", "condemnation", "defense", "rejection", "denunciation", "call",
      "demand", "concern", "fear", "complaint", "allegation", "accusation", "description",
      "characterization", "assessment", "remarks", "skepticism", "embrace", "championing", "dismissal");

  private NounCue() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    // Nouns derived from the cue verbs take the complement of their verb's class (Nominalization).
    boolean speech = Cues.NOUNS.contains(lemma) || Nominalization.ofSaying(lemma);
    boolean intends = INTENT.contains(lemma) || Nominalization.ofIntent(lemma);
    // A derived noun of saying or intent with its possessor also takes a topic ("Weaver's declarations of
    // victory", "his encouragement of the annexation"); the listed nouns of Cues.NOUNS take only their clause
    // ("his position on Cuba" is no attribution in PolNeAR).
    boolean judges = STANCE.contains(lemma) || Nominalization.ofJudgment(lemma) || !Cues.NOUNS.contains(lemma)
        && (Nominalization.ofSaying(lemma) || Nominalization.ofIntent(lemma));
    if (!speech && !intends && !judges) {
      return null;
    }
    int source = tree.child(t.index(), "nmod:poss");
    // "complaints that he is a quixotic crusader", "an admission from Warren that ...": a noun of speech or
    // belief with its that-clause attributes it without a possessor; the source, if any, is its from/by-phrase.
    boolean unowned = source < 0;
    if (unowned && !speech) {
      return null;
    }
    if (unowned) {
      source = UnownedNoun.source(ctx, tree, t.index());
    }
    for (int k : tree.children(t.index())) {
      if (k < t.index()) {
        continue;
      }
      String rel = tree.relation(k);
      int mark = tree.child(k, "mark");
      String marker = mark >= 0 ? ctx.token(mark).word().toLowerCase(Locale.ROOT) : "";
      int preposition = tree.child(k, "case");
      boolean clause = speech && (rel.equals("acl") || rel.equals("ccomp")) && marker.equals("that");
      if (unowned && !clause) {
        continue;
      }
      boolean intent = intends && rel.equals("acl") && marker.equals("to");
      boolean stance = judges && rel.startsWith("nmod") && preposition >= 0
          && Cues.TOPIC_CASES.contains(ctx.token(preposition).word().toLowerCase(Locale.ROOT));
      if (clause || intent || stance) {
        int[] sub = tree.span(k, Set.of());
        int first = stance ? preposition + 1 : sub[0];
        int[] content = ctx.contentSpan(first, Asides.end(ctx, tree, first, sub[1]));
        return content == null ? null
            : ReportedSpeech.row(ctx, s, tree, content, source, new Quote.Cue(lemma, t.start(), t.end()));
      }
    }
    return null;
  }
}
