package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Name: statement" at the start of a paragraph, on hand-parsed documents: no CoreNLP needed. */
class ColonCueTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** Headline style: the name before the colon is the source of the rest. */
  @Test
  void nameAndColonAttributeTheRest() {
    Doc doc = Docs.doc("Graham/NNP/PERSON@0:root :/:@1:punct Rhetoric/NN@4:nsubj hurts/VBZ@1:parataxis "
        + "party/NN@4:obj");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Rhetoric hurts party", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Graham", rows.get(0).speaker().text());
    assertEquals(":", rows.get(0).cue().lemma());
  }

  /** Transcript style: a name in capitals, and the turn runs to the end of its paragraph. */
  @Test
  void transcriptTurnRunsToParagraphEnd() {
    Doc doc = Docs.doc("SMITH/NNP@0:root :/:@1:punct Why/WRB@5:advmod not/RB@5:advmod debate/VB@1:parataxis ?/.@1:punct",
        "+ We/PRP@2:nsubj should/MD@0:root ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Why not debate? We should", doc.text(rows.get(0).start(), rows.get(0).end()));
  }

  /** "The Latest: ..." and a colon inside a paragraph name no source. */
  @Test
  void noNameNoSource() {
    assertEquals(List.of(), extract(Docs.doc("The/DT@2:det Latest/JJS@0:root :/:@2:punct Rain/NN@5:nsubj "
        + "falls/VBZ@2:parataxis")));
  }

  /** "Historians: ...", "Clinton camp: ..." speak; a label in capitals ("EDITOR'S NOTE: ...") does not. */
  @Test
  void pluralCommonNounOrNounsWithANameSpeak() {
    Doc group = Docs.doc("Historians/NNS@0:root :/:@1:punct Rhetoric/NN@4:nsubj hurts/VBZ@1:parataxis party/NN@4:obj");
    List<Quote> rows = extract(group);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Historians", rows.get(0).speaker().text());
    Doc camp = Docs.doc("Clinton/NNP/PERSON@2:compound camp/NN@0:root :/:@2:punct Rhetoric/NN@5:nsubj "
        + "hurts/VBZ@2:parataxis party/NN@5:obj");
    assertEquals(1, extract(camp).size(), extract(camp).toString());
    assertEquals(List.of(), extract(Docs.doc("EDITOR/NN@2:compound NOTES/NNS@0:root :/:@2:punct Rain/NN@5:nsubj "
        + "falls/VBZ@2:parataxis")));
  }

  /** "Ames on the farm bill: A disgrace": the name before "on" speaks; the topic is no part of it. */
  @Test
  void nameOnTopicBeforeTheColon() {
    Doc doc = Docs.doc("Graham/NNP/PERSON@0:root on/IN@5:case the/DT@5:det farm/NN@5:compound bill/NN@1:nmod "
        + ":/:@1:punct A/DT@8:det disgrace/NN@1:parataxis");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("A disgrace", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Graham", rows.get(0).speaker().text());
  }

  /** "Ames: ..." with the headline's name untagged: the article names the same person, so the name speaks. */
  @Test
  void untaggedNameTheArticleKnows() {
    Doc doc = Docs.doc("Ames/NNP@0:root :/:@1:punct Rhetoric/NN@4:nsubj hurts/VBZ@1:parataxis party/NN@4:obj",
        "¶ Senator/NNP@3:compound Ann/NNP/PERSON@3:compound Ames/NNP/PERSON@4:nsubj spoke/VBD@0:root ./.@4:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Rhetoric hurts party", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals(":", rows.get(0).cue().lemma());
  }
}
