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
 * A quoted transcript splits at its speaker labels, and a quote its own cue opens with a colon keeps its row, on
 * hand-parsed documents: no CoreNLP needed.
 */
class TranscriptTurnsTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** Each label opens a turn of its own that runs to the next label or to the closing mark. */
  @Test
  void eachLabelOpensATurn() {
    Doc doc = Docs.doc("\"/``@2:punct MODERATOR/NN@0:root :/:@2:punct Why/WRB@5:advmod now/RB@2:parataxis ?/.@2:punct",
        "+ MS./NNP/PERSON@2:compound LANE/NNP/PERSON@0:root :/:@2:punct Because/IN@8:mark the/DT@6:det vote/NN@8:nsubj "
            + "is/VBZ@8:cop close/JJ@2:parataxis ./.@2:punct \"/''@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("Why now", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("MODERATOR", rows.get(0).speaker().text());
    assertEquals(":", rows.get(0).cue().lemma());
    assertEquals("Because the vote is close", doc.text(rows.get(1).start(), rows.get(1).end()));
    assertEquals("MS. LANE", rows.get(1).speaker().text());
  }

  /** A word in capitals and a colon after a comma is no label: the quote stays one row, its speaker's. */
  @Test
  void capitalsInsideASentenceAreNoLabel() {
    Doc doc = Docs.doc("\"/``@14:punct We/PRP@3:nsubj want/VBP/O/want@14:ccomp one/CD@5:nummod thing/NN@3:obj ,/,@5:punct "
        + "JOBS/NNS@5:appos :/:@7:punct more/JJR@10:amod work/NN@7:dep ,/,@3:punct \"/\'\'@14:punct she/PRP@14:nsubj "
        + "said/VBD/O/say@0:root ./.@14:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Quote.DIRECT, rows.get(0).kind());
    assertEquals("she", rows.get(0).speaker().text());
  }

  /** A quote its own cue opens with a colon stays a row even when a reported row around it takes that cue in. */
  @Test
  void quoteOpenedByColonInsideReportedRowStays() {
    Doc doc = Docs.doc("Asked/VBN/O/ask@0:root if/IN@6:mark the/DT@4:det vote/NN@6:nsubj was/VBD/O/be@6:cop "
        + "close/JJ@1:advcl ,/,@9:punct Lee/NNP/PERSON@9:nsubj replied/VBD/O/reply@6:advcl :/:@9:punct \"/``@13:punct "
        + "Not/RB@13:advmod yet/RB@9:ccomp ./.@13:punct \"/\'\'@13:punct");
    List<Quote> rows = extract(doc);
    Quote direct = rows.stream().filter(q -> q.kind().equals(Quote.DIRECT)).findFirst().orElseThrow();
    assertEquals("\"Not yet.\"", doc.text(direct.start(), direct.end()));
    assertEquals("Lee", direct.speaker().text());
  }
}
