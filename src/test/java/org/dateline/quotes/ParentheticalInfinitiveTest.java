package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cue parsed as a parenthetical that has its own to-infinitive: its content is the infinitive. */
class ParentheticalInfinitiveTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** "The plan failed, so the mayor decided to resign.": not "The plan failed" from the mayor. */
  @Test
  void cueWithItsOwnInfinitive() {
    Doc doc = Docs.doc("The/DT@2:det plan/NN@3:nsubj failed/VBD/O/fail@0:root ,/,@3:punct so/RB@8:advmod "
        + "the/DT@7:det mayor/NN@8:nsubj decided/VBD/O/decide@3:parataxis to/TO@10:mark resign/VB/O/resign@8:xcomp "
        + "./.@3:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("to resign", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("the mayor", rows.get(0).speaker().text());
  }
}
