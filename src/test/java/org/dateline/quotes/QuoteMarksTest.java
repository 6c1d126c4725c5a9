package org.dateline.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotation marks on raw text, including the inputs that crashed CoreNLP's quote annotator. */
class QuoteMarksTest {

  private static List<String> spans(String text) {
    return QuoteMarks.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void straightAndCurlyMarks() {
    assertEquals(List.of("\"One,\"", "\u201CTwo.\u201D"), spans("\"One,\" he said. \u201CTwo.\u201D"));
  }

  /** News style: the mark opens every paragraph of a long quote and closes only the last. */
  @Test
  void multiParagraphQuoteIsOneSpan() {
    String text = "\"First paragraph.\n\n\"Second paragraph,\" he said.";
    List<QuoteMarks.Quoted> found = QuoteMarks.find(text);
    assertEquals(1, found.size());
    assertTrue(found.get(0).multiParagraph() && found.get(0).closed());
    assertEquals(text.indexOf(" he said"), found.get(0).end());
  }

  /** An unclosed mark ends with its paragraph. */
  @Test
  void unbalancedQuoteStopsAtParagraphEnd() {
    String text = "He said \"this is open.\n\nNext paragraph.";
    List<QuoteMarks.Quoted> found = QuoteMarks.find(text);
    assertEquals(1, found.size());
    assertFalse(found.get(0).closed());
    assertEquals(text.indexOf('\n'), found.get(0).end());
  }

  /** CoreNLP #1147 and #1118. */
  @Test
  void oddInputs() {
    assertEquals(List.of("\"\""), spans("\"\"="));
    assertEquals(List.of("\"Bob.\"", "\"What.\""), spans("\"Bob.\"\n\n\"What.\""));
    assertEquals(List.of(), spans(""));
    assertEquals(List.of(), spans("\u201D stray closing mark"));
  }

  @Test
  void apostrophesInWordsAreNotMarks() {
    assertEquals(List.of(), spans("rock 'n' roll and the band's fans"));
  }

  /** The New York Times archive writes double quotes as two apostrophes; they delimit quotes too. */
  @Test
  void pairsOfApostrophes() {
    List<QuoteMarks.Quoted> found = QuoteMarks.find("''Tell that to the janitor,'' Mr. Biden said.");
    assertEquals(1, found.size());
    assertTrue(found.get(0).doubled());
    assertEquals(29, found.get(0).end());
  }

  @Test
  void veryLongQuote() {
    String text = "\"" + "word ".repeat(1000) + "\" she said.";
    assertEquals(List.of(text.substring(0, text.indexOf(" she"))), spans(text));
  }
}
