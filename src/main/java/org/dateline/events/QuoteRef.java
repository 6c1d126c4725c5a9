package org.dateline.events;

/**
 * A quote of the article as the events stage needs it (the quotes stage produces them): events whose trigger lies
 * inside the content span keep its id, and the cue verb becomes at most one statement event linked to it.
 *
 * @param quoteId  the quote's id in quotes.csv
 * @param start    content start, Java char offset into the article text
 * @param end      content end, exclusive
 * @param cueToken document-wide index of the cue token ("said"), or -1 when there is none
 */
public record QuoteRef(String quoteId, int start, int end, int cueToken) {

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
