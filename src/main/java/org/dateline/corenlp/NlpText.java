package org.dateline.corenlp;

import java.util.Arrays;
import java.util.List;
import org.dateline.config.Options;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;

/**
 * Builds the text CoreNLP reads: the article text with the same length, so every CoreNLP offset is an
 * offset into the article as read. Page chrome is blanked out, and a newline that merely wraps a line inside
 * a paragraph becomes a space, so that CoreNLP can treat every remaining newline as a sentence break: a
 * paragraph or a headline never runs into the next line.
 */
public final class NlpText {

  private NlpText() {
  }

  public static String of(String text, List<Segment> segments) {
    char[] out = text.toCharArray();
    for (Segment s : segments) {
      if (s.section() == Section.CHROME) {
        for (int i = s.start(); i < s.end(); i++) {
          if (out[i] != '\n') {
            out[i] = ' ';
          }
        }
      }
    }
    for (int i = 0; i < out.length; i++) {
      // Other control characters (NUL, form feed, escape codes in scraped text) carry no words and can upset
      // the tokenizer; a space keeps every offset where it was.
      if (out[i] == '\r' || isControl(out[i])) {
        out[i] = ' ';
      }
    }
    // What would cost the taggers far more than it can give stays in the offsets but not in their view.
    for (List<int[]> spans : List.of(HiddenRuns.longTokens(text, Options.MAX_TOKEN_CHARS),
        HiddenRuns.tableNumbers(text))) {
      spans.forEach(t -> Arrays.fill(out, t[0], t[1], ' '));
    }
    // Candidate soft breaks: newlines inside a running-text segment, or the single newline between two.
    Segment prev = null;
    for (Segment s : segments) {
      if (isRunningText(s)) {
        int from = prev != null && isRunningText(prev) ? prev.end() : s.start();
        for (int i = text.indexOf('\n', from); i >= 0 && i < s.end(); i = text.indexOf('\n', i + 1)) {
          if (isSoftBreak(text, i)) {
            out[i] = ' ';
          }
        }
      }
      prev = s;
    }
    return new String(out);
  }

  /** C0 and C1 control characters other than the line break and tab, which carry layout. */
  public static boolean isControl(char c) {
    return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
  }

  private static boolean isRunningText(Segment s) {
    return s.section() == Section.BODY || s.section() == Section.BIO;
  }

  /**
   * A newline inside a segment of running text (body or bio) whose line does not end a sentence and whose next
   * line continues it in lower case: the text was hard-wrapped, not broken into paragraphs.
   */
  static boolean isSoftBreak(String text, int nl) {
    int prev = nl - 1;
    while (prev >= 0 && (text.charAt(prev) == ' ' || text.charAt(prev) == '\r' || text.charAt(prev) == '\t')) {
      prev--;
    }
    int next = nl + 1;
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
      next++;
    }
    if (prev < 0 || next >= text.length() || text.charAt(next) == '\n') {
      return false;
    }
    char last = text.charAt(prev);
    char first = text.charAt(next);
    boolean sentenceEnded = ".!?:\"”'’)]".indexOf(last) >= 0;
    return !sentenceEnded && (Character.isLowerCase(first) || last == ',' || last == '-');
  }
}
