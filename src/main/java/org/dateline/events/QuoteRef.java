package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import org.dateline.doc.Doc;
import org.dateline.doc.Quote;
import org.dateline.doc.Token;

/**
 * A quote of the article as the events stage needs it (the quotes stage produces them): events whose trigger lies
 * inside the content span keep its id, and the cue verb becomes at most one statement event linked to it.
 *
 * @param quoteId  the quote's id in quotes.csv
 * @param start    content start, Java char offset into the article text
 * @param end      content end, exclusive
 * @param cueToken document-wide index of the cue token ("said"), or -1 when there is none
 * @param speaker  the entity the quote is attributed to, or empty
 * @param name     that entity's name, or empty
 */
record QuoteRef(String quoteId, int start, int end, int cueToken, String speaker, String name) {

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** The quotes stage's rows as the events stage needs them: the cue as a token index. */
  static List<QuoteRef> of(Doc doc, List<Quote> quotes) {
    List<QuoteRef> refs = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      int cueToken = -1;
      for (Token t : doc.tokens()) {
        if (q.cue().start() >= 0 && t.start() == q.cue().start()) {
          cueToken = t.index();
          break;
        }
      }
      refs.add(new QuoteRef(q.quoteId(), q.start(), q.end(), cueToken, q.speaker().entityId(), q.speaker().name()));
    }
    return refs;
  }
}
