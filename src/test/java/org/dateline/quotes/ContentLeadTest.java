package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where content before its cue starts (issue 19, seventh round, content heads), on hand-parsed documents. */
class ContentLeadTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  private static String content(Doc doc, Quote q) {
    return doc.text(q.start(), q.end());
  }

  /** "The mayor summed up the week: the budget will pass, he said.": the clause before the colon leads in. */
  @Test
  void colonLeadInStaysOut() {
    Doc doc = Docs.doc("The/DT@2:det mayor/NN@3:nsubj summed/VBD/O/sum@17:ccomp up/RP@3:compound:prt "
        + "the/DT@6:det week/NN@3:obj :/:@3:punct the/DT@10:det city/NN@10:compound budget/NN@12:nsubj "
        + "will/MD@12:aux pass/VB/O/pass@3:parataxis on/IN@14:case time/NN@12:obl ,/,@17:punct "
        + "he/PRP@17:nsubj said/VBD/O/say@0:root ./.@17:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the city budget will pass on time", content(doc, rows.get(0)));
  }

  /** "Though turnout was low, the vote counts, she said.": the fronted concession is the writer's. */
  @Test
  void frontedConcessionStaysOut() {
    Doc doc = Docs.doc("Though/IN@4:mark turnout/NN@4:nsubj was/VBD/O/be@4:cop low/JJ@8:advcl ,/,@8:punct "
        + "the/DT@7:det vote/NN@8:nsubj counts/VBZ/O/count@11:ccomp ,/,@11:punct she/PRP@11:nsubj "
        + "said/VBD/O/say@0:root ./.@11:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the vote counts", content(doc, rows.get(0)));
  }
}
