package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cues right after a direct quote that are no plain speech verb: '"...," X shot back' and '"...," X answers.' */
class RetortCueTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  @Test
  void strikingVerbWithBackIsTheCue() {
    Doc doc = Docs.doc("\"/``@3:punct We/PRP@3:nsubj win/VBP@0:root ,/,@3:punct \"/''@3:punct "
        + "John_Smith/NNP/PERSON@7:nsubj shot/VBD/O/shoot@3:parataxis back/RB@7:advmod ./.@3:punct");
    Quote row = onlyRow(doc);
    assertEquals("shoot", row.cue().lemma());
    assertEquals("John Smith", row.speaker().text());
  }

  @Test
  void speechVerbTaggedAsNounAfterNameIsTheCue() {
    Doc doc = Docs.doc("\"/``@3:punct We/PRP@3:nsubj win/VBP@0:root ,/,@3:punct \"/''@3:punct "
        + "John_Smith/NNP/PERSON@7:compound answers/NNS/O/answer@3:dep ./.@3:punct");
    Quote row = onlyRow(doc);
    assertEquals("answer", row.cue().lemma());
    assertEquals("John Smith", row.speaker().text());
  }

  private Quote onlyRow(Doc doc) {
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Quote.DIRECT, rows.get(0).kind());
    return rows.get(0);
  }
}
