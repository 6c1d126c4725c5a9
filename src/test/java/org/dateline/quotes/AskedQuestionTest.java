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
 * "Asked if ..., X shrugged", on hand-parsed documents where the parser hangs the question on the main clause:
 * the indirect question up to the comma is what was asked, by nobody named.
 */
class AskedQuestionTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<String> pieces(Doc doc) {
    return quotes.extract(doc, entities.extract(doc)).stream().map(q -> doc.text(q.start(), q.end())).toList();
  }

  /** "Asked if the bridge was safe, the engineer shrugged.": the question, though parsed under "shrugged". */
  @Test
  void questionBeforeCommaIsAsked() {
    Doc doc = Docs.doc("Asked/VBN/O/ask@10:dep if/IN@6:mark the/DT@4:det bridge/NN@6:nsubj was/VBD@6:cop "
        + "safe/JJ@10:advcl ,/,@10:punct the/DT@9:det engineer/NN@10:nsubj shrugged/VBD/O/shrug@0:root "
        + "./.@10:punct");
    assertEquals(List.of("if the bridge was safe"), pieces(doc));
  }

  /** "Asked at the gate, the engineer shrugged.": no indirect question, nothing asked. */
  @Test
  void participleWithoutQuestionIsNoRow() {
    Doc doc = Docs.doc("Asked/VBN/O/ask@8:advcl at/IN@4:case the/DT@4:det gate/NN@1:obl "
        + ",/,@8:punct the/DT@7:det engineer/NN@8:nsubj shrugged/VBD/O/shrug@0:root ./.@8:punct");
    assertEquals(List.of(), pieces(doc));
  }
}
