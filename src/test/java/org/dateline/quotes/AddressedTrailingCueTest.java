package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A trailing "..., X, told Y": Y is addressed, never the speaker. */
class AddressedTrailingCueTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  @Test
  void nameBeforeToldIsTheSpeaker() {
    Doc doc = Docs.doc("Prices/NNS@3:nsubj will/MD@3:aux rise/VB@0:root ,/,@3:punct Steve/NNP/PERSON@6:compound "
        + "Mnuchin/NNP/PERSON@3:appos ,/,@3:punct told/VBD/O/tell@3:parataxis The/DT@10:det "
        + "Post/NNP/ORGANIZATION@8:obl ./.@3:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Steve Mnuchin", rows.get(0).speaker().text());
  }
}
