package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A cue set off inside its content with the speaker after it ("The merger, said Okafor, would fail"): the words
 * before it are the first piece of the content, as with "The merger, Okafor said, would fail".
 */
class InvertedCueTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<String> pieces(Doc doc) {
    return quotes.extract(doc, entities.extract(doc)).stream().map(q -> doc.text(q.start(), q.end())).toList();
  }

  /** The parser makes the first piece the cue's subject and the speaker its object. */
  @Test
  void wordsBeforeInvertedCueArePiece() {
    Doc doc = Docs.doc("The/DT@2:det merger/NN@4:nsubj ,/,@4:punct said/VBD/O/say@0:root "
        + "Okafor/NNP/PERSON@4:obj ,/,@4:punct would/MD@8:aux fail/VB@4:ccomp ./.@4:punct");
    assertEquals(List.of("The merger", "would fail"), pieces(doc));
  }

  /** "Okafor, saying it would fail, left": a participle after the comma is no parenthetical cue. */
  @Test
  void participleAfterCommaIsNoInvertedCue() {
    Doc doc = Docs.doc("Okafor/NNP/PERSON@8:nsubj ,/,@3:punct saying/VBG/O/say@1:acl it/PRP@6:nsubj "
        + "would/MD@6:aux fail/VB@3:ccomp ,/,@3:punct left/VBD@0:root ./.@8:punct");
    assertEquals(List.of("it would fail"), pieces(doc));
  }
}
