package org.dateline.corenlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an article's text that the taggers never see, though they stay in the text and its offsets:
 * what costs CoreNLP far more than it can give. A run of non-space characters longer than a limit (a base64 image,
 * a long URL, letters run together) is never a name or a date, and the taggers' features over one giant token
 * cost minutes and gigabytes. The numbers of a table-like line (a stock or results table) are analysed one by one
 * by the tagger, SUTime and the number classifiers at several times the cost of a word, and Dateline keeps no
 * numbers as entities; the line's words (a company, a team) are kept. Each span is {@code [start, end)}.
 */
public final class HiddenRuns {

  /** A line with at least this many numbers, making at least two thirds of its tokens, is a table line. */
  static final int TABLE_NUMBERS = 6;
  /**
   * Table numbers are hidden only when an article has at least this many: a smaller table (a sports results box in
   * a news report) costs a second or two and its numbers help the tagger read the row's names as names.
   */
  static final int MIN_HIDDEN_NUMBERS = 1_000;

  private HiddenRuns() {
  }

  /** Runs of non-space characters longer than {@code max}. */
  public static List<int[]> longTokens(String text, int max) {
    List<int[]> out = new ArrayList<>();
    for (int[] t : tokens(text, 0, text.length())) {
      if (t[1] - t[0] > max) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The number tokens of table-like lines (tokens with a digit and no letter, such as 12.5, -3%, 1,234 or 10:30),
   * when there are at least {@link #MIN_HIDDEN_NUMBERS} of them; else none.
   */
  public static List<int[]> tableNumbers(String text) {
    List<int[]> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      List<int[]> tokens = tokens(text, lineStart, lineEnd);
      List<int[]> numbers = tokens.stream().filter(t -> isNumber(text, t)).toList();
      if (numbers.size() >= TABLE_NUMBERS && numbers.size() * 3 >= tokens.size() * 2) {
        out.addAll(numbers);
      }
      lineStart = lineEnd + 1;
    }
    return out.size() >= MIN_HIDDEN_NUMBERS ? out : List.of();
  }

  private static boolean isNumber(String text, int[] t) {
    boolean digit = false;
    for (int i = t[0]; i < t[1]; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return false;
      }
      digit |= Character.isDigit(c);
    }
    return digit;
  }

  /** Maximal runs of non-space characters in {@code [from, to)}. */
  private static List<int[]> tokens(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || Character.isWhitespace(text.charAt(i))) {
        if (i > start) {
          out.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    return out;
  }
}
