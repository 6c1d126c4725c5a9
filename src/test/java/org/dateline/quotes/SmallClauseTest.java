package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small clauses after a cue that the parser left as an unlabelled dependent, on hand-parsed documents. */
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
}
