package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The noun before an auxiliary chain is the subject of a cue the parse left without one. */
class AuxiliaryChainTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** "Republicans are now positing that Trump could win", the subject filed as "dep": Republicans speak. */
  @Test
  void nounBeforeAuxiliariesIsTheSource() {
    Doc doc = Docs.doc("Republicans/NNPS@4:dep are/VBP/O/be@4:aux now/RB@4:advmod positing/VBG/O/posit@0:root "
        + "that/IN@8:mark Trump/NNP/PERSON@8:nsubj could/MD@8:aux win/VB@4:ccomp ./.@4:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Republicans", rows.get(0).speaker().text());
  }

  /** "Reporters were told that ...": a passive chain's subject is the one told, never the source. */
  @Test
  void passiveChainHasNoSource() {
    Doc doc = Docs.doc("Reporters/NNS@3:dep were/VBD/O/be@3:aux told/VBN/O/tell@0:root that/IN@7:mark "
        + "Trump/NNP/PERSON@7:nsubj would/MD@7:aux win/VB@3:ccomp ./.@3:punct");
    List<Quote> rows = extract(doc);
    rows.forEach(r -> assertEquals("", r.speaker().text(), rows.toString()));
  }
}
