package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans inside double quotation marks, straight or curly, paragraph by paragraph. News style opens a
 * long quote again on every paragraph and closes it only on the last one, so a paragraph that ends inside a
 * quote continues it when the next paragraph opens with a quote mark. A quote left open otherwise ends with
 * its paragraph ({@code closed} false). Works on raw text: odd inputs ({@code ""=}, stray marks) give empty or
 * unclosed spans, never an exception.
 */
final class QuoteMarks {

  /**
   * A quoted span from its opening mark to just after its closing mark (or to the paragraph end).
   * {@code doubled} marks a span delimited by pairs of apostrophes (two single quotes, as in the New York Times
   * archive): quoted speech, but not in double quotation marks, so never of kind direct.
   */
  record Quoted(int start, int end, boolean closed, boolean multiParagraph, boolean doubled) {

    /** Width of the closing mark: 2 for a pair of apostrophes. */
    int closeWidth() {
      return doubled ? 2 : 1;
    }
  }

  private static final String PAIR = "''";

  private QuoteMarks() {
  }

  static boolean isMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  /** Whether a quotation mark (double, or a pair of apostrophes) starts at {@code i}. */
  static boolean isMarkAt(String text, int i) {
    return i < text.length() && (isMark(text.charAt(i)) || isApostrophes(text, i));
  }

  private static boolean isApostrophes(String text, int i) {
    return text.startsWith(PAIR, i) && !text.startsWith(PAIR + "'", i) && (i == 0 || text.charAt(i - 1) != '\'');
  }

  static List<Quoted> find(String text) {
    List<Quoted> found = new ArrayList<>();
    int open = -1;
    boolean multi = false;
    boolean doubled = false;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      for (int i = lineStart; i < lineEnd; i++) {
        char c = text.charAt(i);
        boolean pair = isApostrophes(text, i);
        if (!isMark(c) && !pair || open >= 0 && pair != doubled) {
          continue;
        }
        if (open < 0) {
          // A closing curly mark with nothing open is a stray; a straight one opens.
          if (c != '\u201D') {
            open = i;
            multi = false;
            doubled = pair;
          }
        } else if (c == '\u201C') {
          // A second opening curly mark: the earlier quote was never closed.
          found.add(new Quoted(open, trimEnd(text, i), false, multi, doubled));
          open = i;
          multi = false;
        } else {
          found.add(new Quoted(open, i + (pair ? 2 : 1), true, multi, doubled));
          open = -1;
        }
        i += pair ? 1 : 0;
      }
      if (open >= 0) {
        int next = nextLineStart(text, lineEnd);
        if (isMarkAt(text, next) && text.charAt(next) != '\u201D' && isApostrophes(text, next) == doubled) {
          multi = true;
          lineStart = next + (doubled ? 2 : 1);
          continue;
        }
        found.add(new Quoted(open, trimEnd(text, lineEnd), false, multi, doubled));
        open = -1;
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return found;
  }

  /** The first non-blank character after the line ending at {@code lineEnd}, across blank lines. */
  private static int nextLineStart(String text, int lineEnd) {
    int i = lineEnd;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int end) {
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
