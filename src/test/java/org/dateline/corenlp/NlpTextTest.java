package org.dateline.corenlp;

import java.util.List;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text handed to CoreNLP keeps every offset and leaves only real breaks as newlines. */
class NlpTextTest {

  @Test
  void chromeIsBlankedWithoutMovingOffsets() {
    String text = "Politics\nHeadline here\nBody text.";
    List<Segment> segs = List.of(new Segment(Section.CHROME, 0, 8), new Segment(Section.HEADLINE, 9, 22),
        new Segment(Section.BODY, 23, 33));
    String nlp = NlpText.of(text, segs);
    assertEquals(text.length(), nlp.length());
    assertEquals("        \nHeadline here\nBody text.", nlp);
  }

  @Test
  void wrappedLinesInsideAParagraphAreJoinedButParagraphsAndHeadlinesAreNot() {
    String text = "Title\nThe minister said\nthat talks would go on.\n\nNext paragraph.";
    List<Segment> segs = List.of(new Segment(Section.HEADLINE, 0, 5), new Segment(Section.BODY, 6, 47),
        new Segment(Section.BODY, 49, 64));
    String nlp = NlpText.of(text, segs);
    assertEquals("Title\nThe minister said that talks would go on.\n\nNext paragraph.", nlp);
  }

  @Test
  void aLineThatEndsASentenceKeepsItsBreak() {
    String text = "First line ends here.\nsecond starts lower.";
    String nlp = NlpText.of(text, List.of(new Segment(Section.BODY, 0, text.length())));
    assertEquals(text, nlp);
  }
}
