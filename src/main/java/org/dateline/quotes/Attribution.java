package org.dateline.quotes;

import java.util.Locale;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Token;

/** Turns a cue token into the row's cue and speaker: the verb's subject, or the X of "according to X". */
final class Attribution {

  private Attribution() {
  }

  static boolean isCue(QuoteContext ctx, Token t) {
    if (t.word().equalsIgnoreCase("according")) {
      return t.index() + 1 < ctx.doc.tokens().size() && ctx.token(t.index() + 1).word().equalsIgnoreCase("to");
    }
    return Cues.isSpeechVerb(t.lemma().toLowerCase(Locale.ROOT), t.pos()) || isRetort(ctx, t);
  }

  /** '"...," Trump shot back': a verb of striking with "back" is a reply, though alone it is no speech verb. */
  private static boolean isRetort(QuoteContext ctx, Token t) {
    return t.pos().startsWith("VB") && Cues.RETORTS.contains(t.lemma().toLowerCase(Locale.ROOT))
        && t.index() + 1 < ctx.doc.tokens().size() && ctx.token(t.index() + 1).word().equalsIgnoreCase("back");
  }

  static Quote attach(QuoteContext ctx, Quote row, int verbCue) {
    int cueToken = OuterAccording.after(ctx, verbCue);
    Token t = ctx.token(cueToken);
    DepTree tree = ctx.trees.get(t.sentence());
    int source;
    Quote.Cue cue;
    if (t.word().equalsIgnoreCase("according")) {
      Token to = ctx.token(cueToken + 1);
      source = tree.head(cueToken);
      cue = new Quote.Cue("according to", t.start(), to.end());
    } else {
      source = ctx.sources.ofVerb(tree, cueToken);
      int particle = tree.child(cueToken, "compound:prt");
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      cue = new Quote.Cue(particle >= 0 ? lemma + " " + ctx.token(particle).word().toLowerCase(Locale.ROOT) : lemma,
          t.start(), t.end());
    }
    // A cue the tagger took for a noun ('"...," Bozell answers.') has no parsed subject: read the position.
    boolean unparsed = source < 0 || !t.pos().startsWith("VB");
    int[] beside = unparsed && row.kind().equals(Quote.DIRECT) ? NameBesideCue.of(ctx, row, cueToken) : null;
    if (beside != null) {
      Quote.Speaker speaker = ctx.speakers.speaker(beside[0], beside[1], beside[1]);
      return row.withSpeaker(speaker, cue, ctx.speakers.how(speaker));
    }
    if (source < 0) {
      return row.withSpeaker(Quote.Speaker.NONE, cue, "");
    }
    Quote.Speaker speaker = ctx.speakers.speaker(tree, source);
    return row.withSpeaker(speaker, cue, ctx.speakers.how(speaker));
  }
}
