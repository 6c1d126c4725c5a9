package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where reported content ends, on hand-parsed documents: no CoreNLP needed. */
class ContentBoundaryTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** "pledged to bolster its military, reversing its pacifism": the participle is the writer's aside. */
  @Test
  void infinitiveContentEndsBeforeParticipleAside() {
    Doc doc = Docs.doc("Berlin/NNP/ORGANIZATION@2:nsubj pledged/VBD/O/pledge@0:root to/TO@4:mark "
        + "bolster/VB@2:xcomp its/PRP$@6:nmod:poss military/NN@4:obj ,/,@4:punct reversing/VBG@4:advcl "
        + "its/PRP$@10:nmod:poss pacifism/NN@8:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("to bolster its military", doc.text(rows.get(0).start(), rows.get(0).end()));
  }

  /** "Most voters said the same": the object of "say" is what was said; '"...," X said, drawing cheers' is not. */
  @Test
  void objectOfSayIsContent() {
    Doc doc = Docs.doc("Most/JJS@2:amod voters/NNS@3:nsubj said/VBD/O/say@0:root the/DT@5:det same/JJ@3:obj "
        + "./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the same", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Most voters", rows.get(0).speaker().text());
    Doc aside = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root ,/,@4:punct drawing/NN@2:obj "
        + "cheers/NNS@4:dep ./.@2:punct");
    assertEquals(List.of(), extract(aside));
  }

  /** "predicted at the debate that Republicans will win": the that-clause hung on the adverbial is the content. */
  @Test
  void thatClauseOnTheAdverbialIsTheCuesComplement() {
    Doc doc = Docs.doc("Kasich/NNP/PERSON@2:nsubj predicted/VBD/O/predict@0:root at/IN@5:case the/DT@5:det "
        + "debate/NN@2:obl that/WDT@9:dep Republicans/NNPS@9:nsubj will/MD@9:aux win/VB@5:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that Republicans will win", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Kasich", rows.get(0).speaker().text());
  }
}
