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
 * A closing "..., X said." whose subject runs on with a modifier ("a source close to him"), one whose
 * parenthetical parse hangs a phrase of the content on the cue, and one in the perfect ("X has found").
 */
class ClosingCueSubjectTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** "Turnout rose in every county, a source close to him said.": the prepositional modifier is the subject's. */
  @Test
  void subjectWithAModifier() {
    Doc doc = Docs.doc("Turnout/NN@2:nsubj rose/VBD/O/rise@0:root in/IN@5:case every/DT@5:det county/NN@2:obl "
        + ",/,@2:punct a/DT@8:det source/NN@12:nsubj close/JJ@8:amod to/IN@11:case him/PRP@9:obl "
        + "said/VBD/O/say@2:dep ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Turnout rose in every county", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("a source close to him", rows.get(0).speaker().text());
  }

  /** "Turnout rose by the river, the agency said." with "river" parsed as the cue's own phrase. */
  @Test
  void closingCueTakesThePhraseHungOnIt() {
    Doc doc = Docs.doc("Turnout/NN@2:nsubj rose/VBD/O/rise@0:root by/IN@5:case the/DT@5:det river/NN@9:obl "
        + ",/,@5:punct the/DT@8:det agency/NN@9:nsubj said/VBD/O/say@2:parataxis ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Turnout rose by the river", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("the agency", rows.get(0).speaker().text());
  }

  /** "Turnout rose in every county, a new survey has found.": a closing cue in the perfect. */
  @Test
  void closingCueInThePerfect() {
    Doc doc = Docs.doc("Turnout/NN@2:nsubj rose/VBD/O/rise@0:root in/IN@5:case every/DT@5:det county/NN@2:obl "
        + ",/,@2:punct a/DT@9:det new/JJ@9:amod survey/NN@11:nsubj has/VBZ/O/have@11:aux found/VBN/O/find@2:dep "
        + "./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Turnout rose in every county", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("a new survey", rows.get(0).speaker().text());
  }
}
