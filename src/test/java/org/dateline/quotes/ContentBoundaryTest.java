package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where reported content ends, on hand-parsed documents: no CoreNLP needed. */
class ContentBoundaryTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** "pledged to bolster its military, reversing its pacifism": the participle is the writer's aside. */
  @Test
  void infinitiveContentEndsBeforeParticipleAside() {
    Doc doc = Docs.doc("Berlin/NNP/ORGANIZATION@2:nsubj pledged/VBD/O/pledge@0:root to/TO@4:mark "
        + "bolster/VB@2:xcomp its/PRP$@6:nmod:poss military/NN@4:obj ,/,@4:punct reversing/VBG@4:advcl "
        + "its/PRP$@10:nmod:poss pacifism/NN@8:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("to bolster its military", doc.text(rows.get(0).start(), rows.get(0).end()));
  }
}
