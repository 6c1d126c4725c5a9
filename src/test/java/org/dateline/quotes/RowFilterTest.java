package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which rows the quote stage keeps and where their content ends, on hand-parsed documents. */
class RowFilterTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /**
   * '"Yes, I support Cruz," Brent Bozell, founder of the Center, tells Breitbart News.' with the quote's verb
   * hung loose on the cue: one cue, one content; the direct quote stays, not a second row running over the
   * speaker's name.
   */
  @Test
  void oneCueGivesOneRow() {
    Doc doc = Docs.doc("\"/``@5:punct Yes/UH@5:discourse ,/,@5:punct I/PRP@5:nsubj support/VBP@17:dep "
        + "Cruz/NNP/PERSON@5:obj ,/,@5:punct \"/''@5:punct Brent/NNP/PERSON@10:compound "
        + "Bozell/NNP/PERSON@17:nsubj ,/,@10:punct founder/NN@10:appos of/IN@15:case the/DT@15:det "
        + "Center/NNP/ORGANIZATION@12:nmod ,/,@10:punct tells/VBZ/O/tell@0:root Breitbart/NNP/ORGANIZATION@19:compound "
        + "News/NNP/ORGANIZATION@17:obj ./.@17:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("\"Yes, I support Cruz,\"", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals(Quote.DIRECT, rows.get(0).kind());
    assertEquals("Brent Bozell", rows.get(0).speaker().text());
  }

  /** "Clinton says the plan works and that she expects a vote": a second "that" clause is the same content. */
  @Test
  void secondThatClauseIsSameContent() {
    Doc doc = Docs.doc("Clinton/NNP/PERSON@2:nsubj says/VBZ/O/say@0:root the/DT@4:det plan/NN@5:nsubj "
        + "works/VBZ/O/work@2:ccomp and/CC@9:cc that/IN@9:mark she/PRP@9:nsubj expects/VBZ/O/expect@2:conj "
        + "a/DT@11:det vote/NN@9:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the plan works and that she expects a vote", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Clinton", rows.get(0).speaker().text());
  }

  /** "Cruz knocked Rubio on trade on Tuesday": the respect belongs to the object's content, the day does not. */
  @Test
  void objectRunsOnThroughItsRespect() {
    Doc doc = Docs.doc("Cruz/NNP/PERSON@2:nsubj knocked/VBD/O/knock@0:root Rubio/NNP/PERSON@2:obj on/IN@5:case "
        + "trade/NN@2:obl on/IN@7:case Tuesday/NNP/DATE@2:obl ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Rubio on trade", doc.text(rows.get(0).start(), rows.get(0).end()));
  }

  /** "He said it cut jobs, including 40 in Ohio": the list belongs to the content, unlike ", adding ...". */
  @Test
  void includingIsNoAside() {
    Doc doc = Docs.doc("He/PRP@2:nsubj said/VBD/O/say@0:root it/PRP@4:nsubj cut/VBD/O/cut@2:ccomp jobs/NNS@4:obj "
        + ",/,@8:punct including/VBG/O/include@8:case 40/CD@5:nmod in/IN@10:case Ohio/NNP/STATE_OR_PROVINCE@8:nmod "
        + ",/,@12:punct adding/VBG/O/add@2:advcl more/JJR@12:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals("it cut jobs, including 40 in Ohio", doc.text(rows.get(0).start(), rows.get(0).end()));
  }
}
