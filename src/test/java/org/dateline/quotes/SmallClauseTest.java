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
 * Content the parser separated from its cue, on hand-parsed documents: a small clause left as an unlabelled
 * dependent, and the name given to an object moved in front as "what" or "which".
 */
class SmallClauseTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  /** "The survey showed Okafor leading the race": the participle and its subject are what the survey showed. */
  @Test
  void participleWithSubjectIsContent() {
    Doc doc = Docs.doc("The/DT@2:det survey/NN@3:nsubj showed/VBD/O/show@0:root Okafor/NNP/PERSON@5:nsubj "
        + "leading/VBG@3:dep the/DT@7:det race/NN@5:obj ./.@3:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Okafor leading the race", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("The survey", rows.get(0).speaker().text());
  }

  /** "The survey showed in March Okafor leading": a participle whose subject is not next to the cue is left. */
  @Test
  void participleAfterAdverbialIsNotTaken() {
    Doc doc = Docs.doc("The/DT@2:det survey/NN@3:nsubj showed/VBD/O/show@0:root in/IN@5:case March/NNP/DATE@3:obl "
        + "Okafor/NNP/PERSON@7:nsubj leading/VBG@3:dep ./.@3:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(List.of(), rows.stream().filter(q -> doc.text(q.start(), q.end()).startsWith("Okafor")).toList());
  }

  /** "Okafor ended what he calls waste in government": the name after the verb of a moved "what" object. */
  @Test
  void movedObjectTakesNameAfterVerb() {
    Doc doc = Docs.doc("Okafor/NNP/PERSON@2:nsubj ended/VBD@0:root what/WP@5:obj he/PRP@5:nsubj "
        + "calls/VBZ/O/call@2:ccomp waste/NN@5:obj in/IN@8:case government/NN@5:obl ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("waste in government", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("he", rows.get(0).speaker().text());
  }
}
