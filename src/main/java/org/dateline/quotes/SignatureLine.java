package org.dateline.quotes;

import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * A quote signed on the line below it, as fact checks and reader letters do: '"..."' then a paragraph
 * "- Bernie Sanders." or "-Michelle Marks, Philadelphia." The name after the dash is the speaker; the dash is
 * the cue.
 */
final class SignatureLine {

  /** A signature is a name, not a sentence: "- Sanders." or "-President Obama, tweeting after ...". */
  private static final int LONGEST_NAME = 5;

  private SignatureLine() {
  }

  /** The quote signed by the paragraph after it, or the quote unchanged. */
  static Quote sign(QuoteContext ctx, Quote quote, int lastSentence) {
    if (lastSentence + 1 >= ctx.doc.sentences().size()) {
      return quote;
    }
    Sentence next = ctx.doc.sentences().get(lastSentence + 1);
    boolean ownLine = ctx.paragraph(next.start()) == ctx.paragraph(quote.end() - 1) + 1;
    if (!ownLine || next.tokens().size() < 2 || !Cues.DASHES.contains(next.tokens().get(0).word())) {
      return quote;
    }
    int first = next.firstToken() + 1;
    int last = first - 1;
    while (last + 1 < next.endToken() && last + 1 - first < LONGEST_NAME
        && ctx.token(last + 1).pos().startsWith("NNP")) {
      last++;
    }
    boolean closed = last + 1 >= next.endToken() || Speakers.isPunct(ctx.token(last + 1));
    if (last < first || !closed) {
      return quote;
    }
    Token dash = next.tokens().get(0);
    Quote.Speaker speaker = ctx.speakers.speaker(first, last, last);
    return quote.withSpeaker(speaker, new Quote.Cue(dash.word(), dash.start(), dash.end()), ctx.speakers.how(speaker));
  }
}
