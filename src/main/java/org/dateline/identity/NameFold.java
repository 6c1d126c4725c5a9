package org.dateline.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Spelling-blind comparison forms of names. Two spellings of one name fold to the same form: case, accents and
 * letters NFD does not split (ø, ł, ß), punctuation ("U.S" and "U.S."), "&" and "and", and the endings that
 * transliterations of Slavic names vary in: "-skyy", "-skiy", "-skyi", "-ski", "-skij" are all "-sky"; "-iy", "-yy",
 * "-ij" are "-y" ("Zelenskyy", "Zelenskiy" and "Zelensky"; "Dmitriy" and "Dmitry").
 */
final class NameFold {

  private static final Map<String, String> LETTERS = Map.of("ø", "o", "ł", "l", "đ", "d", "ß", "ss", "æ", "ae",
      "œ", "oe", "þ", "th", "ı", "i");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** Slavic adjectival surnames: -sky/-ski/-skiy/-skyy/-skyi/-skij (and -tsky, -cki, -zky alike). */
  private static final Pattern SLAVIC = Pattern.compile("([csz]k)(?:iy|yy|yi|ij|yj|ii|i|y)$");
  private static final Pattern Y_ENDING = Pattern.compile("(?:iy|yy|ij|yj)$");

  private NameFold() {
  }

  /** Lower case, without accents or punctuation; words separated by one space; "&" is "and". */
  static String text(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      String ch = new String(Character.toChars(c));
      b.append(LETTERS.getOrDefault(ch, ch));
    });
    s = b.toString().replace("&", " and ").replaceAll("[’'.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** The words of {@link #text}, each with its transliterated ending folded. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : text(name).split(" ")) {
      if (!w.isEmpty()) {
        words.add(word(w));
      }
    }
    return words;
  }

  static String word(String w) {
    if (w.length() < 4) {
      return w;
    }
    String s = SLAVIC.matcher(w).replaceAll("$1y");
    return Y_ENDING.matcher(s).replaceAll("y");
  }
}
