package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where reported content starts (issue 19, sixth round, content heads), on hand-parsed documents. */
class ContentHeadTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  private static String content(Doc doc, Quote q) {
    return doc.text(q.start(), q.end());
  }

  /** "She urged the party to unite": the one urged and what they are to do are the content. */
  @Test
  void urgedObjectOpensTheContent() {
    Doc doc = Docs.doc("She/PRP@2:nsubj urged/VBD/O/urge@0:root the/DT@4:det party/NN@2:obj to/TO@6:mark "
        + "unite/VB/O/unite@2:xcomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the party to unite", content(doc, rows.get(0)));
  }

  /** "She persuaded the board to sell": the one persuaded is no part of what was said. */
  @Test
  void persuadedObjectStaysOut() {
    Doc doc = Docs.doc("She/PRP@2:nsubj persuaded/VBD/O/persuade@0:root the/DT@4:det board/NN@2:obj to/TO@6:mark "
        + "sell/VB/O/sell@2:xcomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("to sell", content(doc, rows.get(0)));
  }

  /** "He vowed Tuesday to stay": a date parsed as the object is when, not part of the vow. */
  @Test
  void dateObjectStaysOut() {
    Doc doc = Docs.doc("He/PRP@2:nsubj vowed/VBD/O/vow@0:root Tuesday/NNP/DATE@2:obj to/TO@5:mark "
        + "stay/VB/O/stay@2:xcomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("to stay", content(doc, rows.get(0)));
  }

  /** "He showed no sign of backing down": the verb and its noun of stance are the cue, the topic the content. */
  @Test
  void shownSignIsALightVerbCue() {
    Doc doc = Docs.doc("He/PRP@2:nsubj showed/VBD/O/show@0:root no/DT@4:det sign/NN@2:obj of/IN@6:case "
        + "backing/VBG/O/back@4:nmod down/RP@6:advmod ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("backing down", content(doc, rows.get(0)));
    assertEquals("show sign", rows.get(0).cue().lemma());
  }

  /** "BOSTON, Dec. 11 (UPI) — Young voters lean left, a new poll indicates": the dateline is no content. */
  @Test
  void datelineStaysOutOfTheContent() {
    Doc doc = Docs.doc("BOSTON/NNP/LOCATION@0:root ,/,@1:punct Dec./NNP/DATE@1:appos 11/CD/DATE@3:nummod "
        + "(/-LRB-@6:punct UPI/NNP/ORGANIZATION@3:appos )/-RRB-@6:punct —/:@1:punct Young/JJ@10:amod "
        + "voters/NNS@11:nsubj lean/VBP/O/lean@1:dep left/RB@11:advmod ,/,@11:punct a/DT@16:det new/JJ@16:amod "
        + "poll/NN@17:nsubj indicates/VBZ/O/indicate@11:ccomp ./.@1:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Young voters lean left", content(doc, rows.get(0)));
  }
}
