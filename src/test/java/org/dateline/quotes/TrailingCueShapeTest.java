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

/**
 * A closing "..., X said." that the tagger or parser bent (a participle tag, a hyphened name, an addressee), and
 * a verb of evidence in that place.
 */
class TrailingCueShapeTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** "Turnout rose in every county, the agency reported Monday." with "reported" tagged VBN. */
  @Test
  void participleTagWithOwnSubjectIsFinite() {
    Doc doc = Docs.doc("Turnout/NN@2:nsubj rose/VBD/O/rise@0:root in/IN@5:case every/DT@5:det county/NN@2:obl "
        + ",/,@2:punct the/DT@8:det agency/NN@9:nsubj reported/VBN/O/report@2:dep Monday/NNP/DATE@9:obl:tmod "
        + "./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Turnout rose in every county", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("the agency", rows.get(0).speaker().text());
  }

  /** "Turnout rose in every county, Ann Lee-Smith reports." with the cue hung on the county as apposition. */
  @Test
  void hyphenedNameBeforeTheCue() {
    Doc doc = Docs.doc("Turnout/NN@2:nsubj rose/VBD/O/rise@0:root in/IN@5:case every/DT@5:det county/NN@2:obl "
        + ",/,@5:punct Ann/NNP/PERSON@10:compound Lee/NNP/PERSON@10:compound -/HYPH@10:punct "
        + "Smith/NNP/PERSON@11:nsubj reports/VBZ/O/report@5:appos ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Turnout rose in every county", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertTrue(rows.get(0).speaker().text().endsWith("Smith"), rows.get(0).speaker().text());
  }

  /** "Turnout rose in every county, officials told the newspaper.": the newspaper is told, not the content's. */
  @Test
  void objectOfTellingIsNoContentAfterTheCue() {
    Doc doc = Docs.doc("Turnout/NN@2:nsubj rose/VBD/O/rise@0:root in/IN@5:case every/DT@5:det county/NN@2:obl "
        + ",/,@2:punct officials/NNS@8:dep told/VBD/O/tell@2:dep the/DT@10:det newspaper/NN@8:obj ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Turnout rose in every county", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("officials", rows.get(0).speaker().text());
  }

  /** "Turnout rose in every county, the survey shows.": a verb of evidence closes its sentence as "said" does. */
  @Test
  void verbOfEvidenceClosesTheSentence() {
    Doc doc = Docs.doc("Turnout/NN@2:nsubj rose/VBD/O/rise@0:root in/IN@5:case every/DT@5:det county/NN@2:obl "
        + ",/,@2:punct the/DT@8:det survey/NN/O/survey@9:nsubj shows/VBZ/O/show@2:dep ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Turnout rose in every county", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("the survey", rows.get(0).speaker().text());
  }
}
