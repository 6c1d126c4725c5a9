package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verb cues outside the lexicon of saying, recognized by their construction, on hand-parsed documents. */
class VerbRecallTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** "We know that the plan failed": a verb of knowing with a finite clause; "It means ...": no holder, no row. */
  @Test
  void knowingWithFiniteClause() {
    Doc doc = Docs.doc("We/PRP@2:nsubj know/VBP/O/know@0:root that/IN@6:mark the/DT@5:det plan/NN@6:nsubj "
        + "failed/VBD/O/fail@2:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that the plan failed", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("We", rows.get(0).speaker().text());
    assertEquals("know", rows.get(0).cue().lemma());
    Doc it = Docs.doc("It/PRP@2:nsubj means/VBZ/O/mean@0:root the/DT@4:det plan/NN@5:nsubj "
        + "failed/VBD/O/fail@2:ccomp ./.@2:punct");
    assertEquals(List.of(), extract(it));
  }

  /** "Like owners who foresee gains, Schmidt said he was building a pool": the complement after the verb. */
  @Test
  void complementAfterTheVerbOverAFrontedClause() {
    Doc doc = Docs.doc("Like/IN@2:case owners/NNS@4:obl who/WP@4:nsubj foresee/VBP/O/foresee@8:ccomp "
        + "gains/NNS@4:obj ,/,@8:punct Schmidt/NNP/PERSON@8:nsubj said/VBD/O/say@0:root he/PRP@11:nsubj "
        + "was/VBD/O/be@11:aux building/VBG/O/build@8:ccomp a/DT@13:det pool/NN@11:obj ./.@8:punct");
    List<Quote> rows = extract(doc);
    assertTrue(rows.stream().anyMatch(q -> doc.text(q.start(), q.end()).equals("he was building a pool")
        && q.speaker().text().equals("Schmidt")), rows.toString());
  }
}
