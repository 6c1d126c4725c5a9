package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** '"...," Smith said, according to CNN': the quote belongs to the cited outer source. */
class OuterAccordingTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  @Test
  void outerSourceTakesTheQuote() {
    Doc doc = Docs.doc("\"/``@7:punct We/PRP@3:nsubj win/VBP@7:ccomp ,/,@3:punct \"/''@7:punct "
        + "John_Smith/NNP/PERSON@7:nsubj said/VBD/O/say@0:root ,/,@7:punct according/VBG@11:case to/IN@9:fixed "
        + "CNN/NNP/ORGANIZATION@7:obl ./.@7:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Quote.DIRECT, rows.get(0).kind());
    assertEquals("CNN", rows.get(0).speaker().text());
  }
}
