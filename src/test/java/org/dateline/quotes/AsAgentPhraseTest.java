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
 * "As noted by X, ...", on hand-parsed documents: the parser makes "as noted by" one preposition of the agent;
 * the sentence after the comma is what the agent said.
 */
class AsAgentPhraseTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> rows(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  private static Doc opening(String verb, String lemma) {
    return Docs.doc("As/IN@6:case " + verb + "/VBN/O/" + lemma + "@6:case by/IN@6:case the/DT@6:det "
        + "weekly/JJ@6:amod paper/NN@10:obl ,/,@10:punct the/DT@9:det mayor/NN@10:nsubj "
        + "left/VBD/O/leave@0:root town/NN@10:obj ./.@10:punct");
  }

  /** "As noted by the weekly paper, the mayor left town.": the main clause, said by the paper. */
  @Test
  void agentOfOpeningPhraseIsSource() {
    Doc doc = opening("noted", "note");
    List<Quote> rows = rows(doc);
    assertEquals(1, rows.size());
    assertEquals("the mayor left town", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("the weekly paper", rows.get(0).speaker().text());
  }

  /** "As driven by the weekly paper, ...": a participle that is no verb of saying attributes nothing. */
  @Test
  void otherParticipleAttributesNothing() {
    assertEquals(List.of(), rows(opening("driven", "drive")));
  }
}
