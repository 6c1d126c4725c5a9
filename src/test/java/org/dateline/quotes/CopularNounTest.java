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

/** "Her argument is that ...": a noun cue as the subject of "be" with a clause for its predicate (hand-parsed). */
class CopularNounTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** A noun of saying or belief with its possessor: the whole that-clause, "that" included, is the content. */
  @Test
  void thatClauseAfterBeIsTheNounsContent() {
    Doc doc = Docs.doc("Ortiz/NNP/PERSON@3:nmod:poss 's/POS@1:case argument/NN@4:nsubj is/VBZ/O/be@0:root "
        + "that/IN@9:mark the/DT@7:det tax/NN@9:nsubj is/VBZ/O/be@9:cop unfair/JJ@4:ccomp ./.@4:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that the tax is unfair", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Ortiz", rows.get(0).speaker().text());
    assertEquals("argument", rows.get(0).cue().lemma());
  }

  /** A noun of intent takes a to-infinitive after "be"; with no possessor the row has no speaker. */
  @Test
  void infinitiveAfterBeIsTheIntentNounsContent() {
    Doc doc = Docs.doc("The/DT@2:det plan/NN@3:nsubj was/VBD/O/be@0:root to/TO@5:mark cut/VB@3:xcomp "
        + "the/DT@7:det budget/NN@5:obj ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("to cut the budget", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("plan", rows.get(0).cue().lemma());
  }

  /** A noun that names no statement or belief ("the problem is that ...") is the writer's own framing. */
  @Test
  void otherNounsBeforeBeCueNothing() {
    Doc doc = Docs.doc("The/DT@2:det problem/NN@3:nsubj is/VBZ/O/be@0:root that/IN@8:mark the/DT@6:det "
        + "tax/NN@8:nsubj is/VBZ/O/be@8:cop unfair/JJ@3:ccomp ./.@3:punct");
    assertTrue(extract(doc).isEmpty(), extract(doc).toString());
  }
}
