package org.dateline.corenlp;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over-long sentences are cut into pieces of bounded length, at a sensible point when the window has one. */
class SentenceCutsTest {

  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void aSentenceThatFitsIsOnePiece() {
    assertEquals(List.of(5), SentenceCuts.pieces(words("one two three four five"), 5));
  }

  @Test
  void piecesCoverEveryTokenAndNoneIsLongerThanTheLimit() {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      w.add(i % 7 == 0 ? "Name" : "word");
    }
    List<Integer> pieces = SentenceCuts.pieces(w, 150);
    assertEquals(30_000, pieces.stream().mapToInt(Integer::intValue).sum());
    assertTrue(pieces.stream().allMatch(p -> p >= 1 && p <= 150), pieces.toString());
  }

  @Test
  void cutsAfterACommaInTheSecondHalfOfTheWindow() {
    assertEquals(List.of(7, 3), SentenceCuts.pieces(words("a b c d e f , g h i"), 8));
  }

  @Test
  void otherwiseCutsBeforeAClauseWord() {
    assertEquals(List.of(6, 4), SentenceCuts.pieces(words("a b c d e f and g h i"), 8));
  }

  @Test
  void otherwiseDoesNotTearANameApart() {
    // The window ends between "Angela" and "Weber"; the cut moves before "Angela".
    assertEquals(List.of(6, 4), SentenceCuts.pieces(words("a b c d e f Angela Weber g h"), 7));
  }

  @Test
  void aLimitOfOneStillProgresses() {
    assertEquals(List.of(1, 1, 1), SentenceCuts.pieces(words("A B C"), 1));
  }
}
