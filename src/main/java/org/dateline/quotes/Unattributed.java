package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.doc.Quote;

/**
 * Quoted words with neither a cue nor a speaker, even after the quote before lent its own, are a title, a slogan,
 * a sign or a headline, not an attribution (PolNeAR marks an attribution by its source or its cue): no row.
 */
final class Unattributed {

  private Unattributed() {
  }

  /** The rows that are attributions, numbered again in text order. */
  static List<Quote> drop(List<Quote> numbered) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : numbered) {
      if (q.hasSpeaker() || q.cue().start() >= 0) {
        out.add(q.withId("q" + (out.size() + 1)));
      }
    }
    return out;
  }
}
