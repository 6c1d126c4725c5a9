package org.dateline.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * Month names that are nouns, not dates: written in lower case ("this march", "the march": news capitalizes
 * months), or a named event with a determiner before and "of"/"for" after ("the annual March for Life", "the
 * March of the Mothers"). SUTime dates both.
 */
final class MonthNouns {

  /** Month names that are also English common words. */
  private static final Set<String> AMBIGUOUS = Set.of("march", "may");
  private static final Set<String> OF_FOR = Set.of("of", "for");

  private MonthNouns() {
  }

  /** Whether candidate {@code c}, whose text is {@code text}, is such a noun. */
  static boolean isNoun(Doc doc, Candidate c, String text) {
    List<Token> tokens = doc.tokens();
    Token last = tokens.get(c.tokenEnd() - 1);
    String word = last.word();
    if (!AMBIGUOUS.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (Character.isLowerCase(word.charAt(0))) {
      return true;
    }
    boolean bare = text.equals(word);
    boolean determined = c.tokenStart() > 0 && Set.of("DT", "JJ").contains(tokens.get(c.tokenStart() - 1).pos());
    boolean ofFollows = c.tokenEnd() < tokens.size()
        && OF_FOR.contains(tokens.get(c.tokenEnd()).word().toLowerCase(Locale.ROOT));
    return bare && determined && ofFollows;
  }
}
