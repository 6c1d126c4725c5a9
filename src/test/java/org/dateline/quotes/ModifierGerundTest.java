package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A gerund of judging that the parser read as the adjective of its own object ({@link ModifierGerund}). */
class ModifierGerundTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** "Okafor left the hall, mocking rules about dress": "mocking" filed as amod of "rules". */
  @Test
  void gerundOpeningItsObjectTakesTheRest() {
    Doc doc = Docs.doc("Okafor/NNP/PERSON@2:nsubj left/VBD/O/leave@0:root the/DT@4:det hall/NN@2:obj ,/,@2:punct "
        + "mocking/VBG/O/mock@7:amod rules/NNS/O/rule@2:dep about/IN@9:case dress/NN@7:nmod ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("rules about dress", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Okafor", rows.get(0).speaker().text());
  }

  /** "Okafor filed the supporting papers": a gerund after a determiner is an adjective and cues nothing. */
  @Test
  void gerundAfterDeterminerIsAnAdjective() {
    Doc doc = Docs.doc("Okafor/NNP/PERSON@2:nsubj filed/VBD/O/file@0:root the/DT@5:det "
        + "supporting/VBG/O/support@5:amod papers/NNS/O/paper@2:obj ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(List.of(), rows);
  }
}
