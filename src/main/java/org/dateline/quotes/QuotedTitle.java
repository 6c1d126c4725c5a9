package org.dateline.quotes;

import java.util.List;
import java.util.Set;
import org.dateline.doc.Token;

/**
 * A quoted name set off by a comma after the common noun it names ('his reality show, "The Apprentice."', 'its
 * podcast, "So, That Happened."'): the title of a work in apposition, not a statement, whatever punctuation the
 * marks enclose. A title is short and capitalizes every word but its articles and prepositions.
 */
final class QuotedTitle {

  /** The most words a title may have. */
  private static final int MAX_WORDS = 8;
  /** Tags of the short words a title leaves in lower case. */
  private static final Set<String> LOWER = Set.of("DT", "IN", "CC", "TO");

  private QuotedTitle() {
  }

  /** Whether the quote made of {@code inside} follows {@code before}, a comma right after a common noun. */
  static boolean isAppositive(QuoteContext ctx, List<Token> inside, Token before) {
    if (before == null || !before.word().equals(",") || before.index() == 0) {
      return false;
    }
    String noun = ctx.token(before.index() - 1).pos();
    return (noun.equals("NN") || noun.equals("NNS")) && isTitleCased(inside);
  }

  private static boolean isTitleCased(List<Token> inside) {
    List<Token> words = inside.stream().filter(t -> !Speakers.isPunct(t)).toList();
    if (words.isEmpty() || words.size() > MAX_WORDS || !startsUpper(words.get(0))) {
      return false;
    }
    return words.stream().allMatch(t -> startsUpper(t) || LOWER.contains(t.pos()) && t.word().length() <= 4);
  }

  private static boolean startsUpper(Token t) {
    int c = t.word().codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }
}
