package org.dateline.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.doc.Token;

/**
 * The words of a speaker mention, cut from the subtree of its head: the subtree also carries what the parser
 * hangs on the subject but is no part of the name ("This Wednesday Greek Foreign Minister ...", "Trump, also on
 * Twitter", "Adamowicz, 53", "Citing privacy rules, U.S. officials").
 */
final class SpeakerSpan {

  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME");
  private static final Set<String> OPENING = Set.of("(", "[", "-LRB-", "-LSB-");
  private static final Set<String> CLOSING = Set.of(")", "]", "-RRB-", "-RSB-");

  private SpeakerSpan() {
  }

  /**
   * First and last token (inclusive) of the mention headed by {@code head} inside the subtree span
   * {@code [first, last]}: the comma-free stretch around the head (a comma after the head opens an aside, one
   * before it closes a fronted clause), without leading dates and edge punctuation, with its bracket closed.
   */
  static int[] cut(List<Token> tokens, int head, int first, int last) {
    int from = first;
    int to = last;
    for (int k = head - 1; k >= first; k--) {
      if (tokens.get(k).word().equals(",")) {
        from = k + 1;
        break;
      }
    }
    for (int k = head + 1; k <= last; k++) {
      if (tokens.get(k).word().equals(",")) {
        to = k - 1;
        break;
      }
    }
    // A date before the name is when it was said ("This Wednesday Greek Foreign Minister ..."), unless the
    // head itself is the date (then the caller decides what a date-only subject means).
    while (from < head && (isTime(tokens.get(from)) || Speakers.isPunct(tokens.get(from)))) {
      from++;
    }
    while (to > from && Speakers.isPunct(tokens.get(to))) {
      to--;
    }
    return new int[] {from, closeBracket(tokens, from, to, last + 1)};
  }

  /** Whether a token is part of a date or time expression (not a duration: "three-quarters of the voters"). */
  static boolean isTime(Token t) {
    return TIME_TAGS.contains(t.ner());
  }

  /** Whether a token is part of a date ("This Thursday"); "Morning" of "The Morning Consult poll" is a time. */
  static boolean isDate(Token t) {
    return t.ner().equals("DATE");
  }

  /** "the Commission on International Religious Freedom (USCIRF)": an opened bracket keeps its closing one. */
  private static int closeBracket(List<Token> tokens, int from, int to, int limit) {
    int open = 0;
    for (int k = from; k <= to; k++) {
      String w = tokens.get(k).word();
      open += OPENING.contains(w) ? 1 : CLOSING.contains(w) ? -1 : 0;
    }
    int end = to;
    for (int k = to + 1; open > 0 && k < Math.min(tokens.size(), limit + 1); k++) {
      if (!CLOSING.contains(tokens.get(k).word())) {
        break;
      }
      open--;
      end = k;
    }
    return end;
  }
}
