package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "The farmers are split on whether to sell", on hand-parsed documents: a divided opinion is an attribution of
 * its holders, with what it is divided on as content; where or into what it divides is no content.
 */
class DividedOpinionTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> rows(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** "The farmers are split on whether to sell the mill.": the whether-clause, held by the farmers. */
  @Test
  void splitOnWhetherClause() {
    Doc doc = Docs.doc("The/DT@2:det farmers/NNS@4:nsubj:pass are/VBP@4:aux:pass split/VBN/O/split@0:root "
        + "on/IN@8:mark whether/IN@8:mark to/TO@8:mark sell/VB/O/sell@4:advcl the/DT@10:det mill/NN@8:obj "
        + "./.@4:punct");
    List<Quote> rows = rows(doc);
    assertEquals(1, rows.size());
    assertEquals("whether to sell the mill", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("The farmers", rows.get(0).speaker().text());
  }

  /** "The farmers are divided into two camps.": what opinion divides into is not what it is about. */
  @Test
  void divisionIntoPartsIsNoContent() {
    Doc doc = Docs.doc("The/DT@2:det farmers/NNS@4:nsubj:pass are/VBP@4:aux:pass divided/VBN/O/divide@0:root "
        + "into/IN@7:case two/CD@7:nummod camps/NNS@4:obl ./.@4:punct");
    assertEquals(List.of(), rows(doc));
  }
}
