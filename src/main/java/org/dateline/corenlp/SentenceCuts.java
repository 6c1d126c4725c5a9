package org.dateline.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where to cut a sentence that is longer than the taggers may see: into pieces of at most {@code max} tokens,
 * each cut at the most sensible point of the second half of its window. Every annotator that works per sentence
 * (tagger, SUTime, TokensRegex, NER, parser) costs more than linearly in the sentence's length, or holds the whole
 * sentence in memory, so a transcript without punctuation or a table on one line is analysed as pieces of bounded
 * cost instead of being skipped. Pure: words in, piece lengths out.
 */
public final class SentenceCuts {

  /** Marks after which a clause usually ends. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "--", "-", "—", "–", "...", "…");
  /** Words that usually start a clause: a cut before them keeps each clause whole. */
  private static final Set<String> CLAUSE_STARTS = Set.of("and", "but", "or", "so", "because", "while", "when",
      "then", "after", "before", "which", "who", "that", "where", "although", "if");

  private SentenceCuts() {
  }

  /** The lengths of the pieces, in order, summing to {@code words.size()}; one piece when it fits. */
  public static List<Integer> pieces(List<String> words, int max) {
    List<Integer> out = new ArrayList<>();
    int start = 0;
    while (words.size() - start > max) {
      int end = cut(words, start, start + max);
      out.add(end - start);
      start = end;
    }
    out.add(words.size() - start);
    return out;
  }

  /**
   * The end of the piece that starts at {@code start} and may end at {@code limit} at the latest: after a clause
   * mark, else before a clause word, else between two words that are not both capitalised (so a name is rarely
   * torn apart), searched backwards over the second half of the window; the limit itself when none is found.
   */
  static int cut(List<String> words, int start, int limit) {
    int earliest = start + Math.max(1, (limit - start) / 2);
    for (int end = limit; end >= earliest; end--) {
      if (CLAUSE_ENDS.contains(words.get(end - 1))) {
        return end;
      }
    }
    for (int end = limit; end >= earliest; end--) {
      if (CLAUSE_STARTS.contains(words.get(end))) {
        return end;
      }
    }
    for (int end = limit; end >= earliest; end--) {
      if (!(capitalised(words.get(end - 1)) && capitalised(words.get(end)))) {
        return end;
      }
    }
    return limit;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
