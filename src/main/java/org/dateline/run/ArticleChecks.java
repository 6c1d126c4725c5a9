package org.dateline.run;

import java.util.Optional;
import org.dateline.config.Options;
import org.dateline.corenlp.HiddenRuns;
import org.dateline.corenlp.NlpText;
import org.dateline.doc.Article;

/**
 * Looks at an article's text before any NLP: refuses what cannot be analysed, truncates what is too long and
 * warns about what will give thin results, so the row in articles.csv explains the outcome.
 */
final class ArticleChecks {

  private ArticleChecks() {
  }

  /** Why the article cannot be analysed at all, or empty when it can. */
  static Optional<String> refusal(Article a) {
    if (a.text().codePoints().allMatch(ArticleChecks::isInvisible)) {
      return Optional.of("no text: " + (a.text().isEmpty() ? "the article is empty"
          : "the article is only whitespace or invisible characters") + " in " + a.source() + "; check the input");
    }
    return Optional.empty();
  }

  /** Spaces of every kind (also no-break), zero-width and other format characters, and control characters. */
  private static boolean isInvisible(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.CONTROL;
  }

  /** The article as it will be analysed: at most {@code maxChars} long, with warnings for the user. */
  static Article prepared(Article a, int maxChars) {
    Article out = a;
    String text = a.text();
    if (text.length() > maxChars) {
      int cut = cutPoint(text, maxChars);
      out = out.withText(text.substring(0, cut)).withWarning("truncated: only the first " + cut + " of "
          + text.length() + " characters were analysed (--max-article-chars " + maxChars + ")");
      text = out.text();
    }
    long controls = text.chars().filter(c -> NlpText.isControl((char) c)).count();
    if (controls > 0) {
      out = out.withWarning(controls + " control character(s) were treated as spaces");
    }
    int hidden = HiddenRuns.longTokens(text, Options.MAX_TOKEN_CHARS).size();
    if (hidden > 0) {
      out = out.withWarning(hidden + " run(s) of more than " + Options.MAX_TOKEN_CHARS + " characters without a space "
          + "(a data blob, a long URL, words run together) were hidden from the taggers");
    }
    int numbers = HiddenRuns.tableNumbers(text).size();
    if (numbers > 0) {
      out = out.withWarning(numbers + " number(s) of table-like lines were hidden from the taggers (no dates or "
          + "names are read from them; the lines' words are)");
    }
    if (text.codePoints().noneMatch(Character::isLetter)) {
      out = out.withWarning("the text has no letters, so no names or dates can be found in it");
    }
    return out;
  }

  /**
   * Where to cut: the last paragraph break, else line break, else space in the second half of the allowed
   * length, so sentences are not torn apart; never inside a surrogate pair.
   */
  static int cutPoint(String text, int maxChars) {
    for (String br : new String[] {"\n\n", "\n", " "}) {
      int at = text.lastIndexOf(br, maxChars - br.length());
      if (at > maxChars / 2) {
        return at;
      }
    }
    return Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
  }
}
