package org.dateline.quotes;

import java.util.Locale;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/** A speech verb the tagger took for a noun, read as the cue of the direct quote before it. */
final class NounTaggedCue {

  private NounTaggedCue() {
  }

  /**
   * '"...," Bozell answers.': a present-tense speech verb after a bare name is often tagged as a plural noun
   * ("answers"), so the name, then that word, then the sentence end, right after the quote, is read as the cue.
   */
  static int after(QuoteContext ctx, Sentence s, int offset) {
    int i = s.firstToken();
    while (i < s.endToken() && ctx.token(i).start() < offset) {
      i++;
    }
    int name = i;
    while (i < s.endToken() && ctx.token(i).pos().startsWith("NNP")) {
      i++;
    }
    if (i == name || i + 1 >= s.endToken()) {
      return -1;
    }
    Token verb = ctx.token(i);
    boolean closes = Speakers.isPunct(ctx.token(i + 1));
    return closes && verb.pos().equals("NNS") && verb.word().endsWith("s")
        && Cues.SPEECH.contains(verb.lemma().toLowerCase(Locale.ROOT)) ? i : -1;
  }
}
