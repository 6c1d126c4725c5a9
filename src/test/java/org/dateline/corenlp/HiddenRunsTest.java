package org.dateline.corenlp;

import java.util.List;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Giant tokens and the numbers of table lines are hidden from CoreNLP without moving any offset. */
class HiddenRunsTest {

  private static String nlp(String text) {
    return NlpText.of(text, List.of(new Segment(Section.BODY, 0, text.length())));
  }

  @Test
  void aGiantTokenIsBlankedAndTheWordsAroundItAreKept() {
    String text = "Angela Weber posted data:image/png;base64," + "QUJD".repeat(50_000) + " on Tuesday.";
    String nlp = nlp(text);
    assertEquals(text.length(), nlp.length());
    assertTrue(nlp.startsWith("Angela Weber posted  "));
    assertTrue(nlp.endsWith(" on Tuesday."));
    assertFalse(nlp.contains("QUJD"));
    assertEquals(1, HiddenRuns.longTokens(text, 64).size());
  }

  @Test
  void ordinaryWordsAndShortUrlsStay() {
    String text = "See https://example.com/news/2024/05/a-story for the full text.";
    assertEquals(text, nlp(text));
    assertEquals(0, HiddenRuns.longTokens(text, 64).size());
  }

  @Test
  void theNumbersOfABigTableAreHiddenButItsWordsAreNot() {
    String text = "Results for Friday:\n" + "Acme Corp 12.50 +0.25 2.0% 1,234,567 10:30 13.1\n".repeat(200)
        + "The index rose 3% on Friday.";
    String nlp = nlp(text);
    assertEquals(text.length(), nlp.length());
    assertTrue(nlp.contains("Acme Corp "));
    assertFalse(nlp.contains("12.50"));
    assertFalse(nlp.contains("1,234,567"));
    assertTrue(nlp.contains("The index rose 3% on Friday."));
    assertEquals(1_200, HiddenRuns.tableNumbers(text).size());
  }

  @Test
  void aSmallTableIsLeftToTheTaggers() {
    String text = "Results:\n" + "Norwich 4 3 0 1 5 3 9\n".repeat(100);
    assertEquals(text, nlp(text));
    assertEquals(0, HiddenRuns.tableNumbers(text).size());
  }

  @Test
  void proseWithSomeNumbersIsNotATable() {
    String text = "On May 3, 2024, about 1,200 people, 300 police officers and 45 vehicles were seen at 10:30 in 2 towns.";
    assertEquals(0, HiddenRuns.tableNumbers(text).size());
  }
}
