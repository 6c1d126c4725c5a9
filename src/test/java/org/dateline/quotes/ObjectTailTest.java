package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an object's content ends (issue 19, tails), on hand-parsed documents: no CoreNLP needed. */
class ObjectTailTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<String> contents(Doc doc) {
    return quotes.extract(doc, entities.extract(doc)).stream().map((Quote q) -> doc.text(q.start(), q.end())).toList();
  }

  /** "endorsed Smith in the runoff": the in-phrase right after the object belongs to what was endorsed. */
  @Test
  void inPhraseAfterObjectCompletesIt() {
    Doc doc = Docs.doc("Jones/NNP/PERSON@2:nsubj endorsed/VBD/O/endorse@0:root Smith/NNP/PERSON@2:obj in/IN@6:case "
        + "the/DT@6:det runoff/NN@2:obl ./.@2:punct");
    assertEquals(List.of("Smith in the runoff"), contents(doc));
  }

  /** "praised Smith in his speech": the speaker's own occasion (a possessive pronoun) is no part of the content. */
  @Test
  void speakersOccasionAfterObjectIsNot() {
    Doc doc = Docs.doc("Jones/NNP/PERSON@2:nsubj praised/VBD/O/praise@0:root Smith/NNP/PERSON@2:obj in/IN@6:case "
        + "his/PRP$@6:nmod:poss speech/NN@2:obl ./.@2:punct");
    assertEquals(List.of("Smith"), contents(doc));
  }

  /** "praised the record with veterans": a phrase hung on the cue right after a thing it names belongs to it. */
  @Test
  void phraseAfterThingObjectCompletesIt() {
    Doc doc = Docs.doc("Jones/NNP/PERSON@2:nsubj praised/VBD/O/praise@0:root the/DT@4:det record/NN@2:obj "
        + "with/IN@6:case veterans/NNS@2:obl ./.@2:punct");
    assertEquals(List.of("the record with veterans"), contents(doc));
  }

  /** "praised Smith with a grin": after a person the phrase is how the speaker acted, not who was praised. */
  @Test
  void phraseAfterPersonIsNot() {
    Doc doc = Docs.doc("Jones/NNP/PERSON@2:nsubj praised/VBD/O/praise@0:root Smith/NNP/PERSON@2:obj "
        + "with/IN@6:case a/DT@6:det grin/NN@2:obl ./.@2:punct");
    assertEquals(List.of("Smith"), contents(doc));
  }

  /** "criticized the plan through a spokesman": the medium of saying it stays out, after a thing too. */
  @Test
  void mediumAfterThingObjectIsNot() {
    Doc doc = Docs.doc("Jones/NNP/PERSON@2:nsubj criticized/VBD/O/criticize@0:root the/DT@4:det plan/NN@2:obj "
        + "through/IN@7:case a/DT@7:det spokesman/NN@2:obl ./.@2:punct");
    assertEquals(List.of("the plan"), contents(doc));
  }
  /** "The survey shows Ruiz with a lead": a thing does not act, so after a person the phrase is the person's. */
  @Test
  void phraseAfterPersonCompletesItWhenAThingShowsIt() {
    Doc doc = Docs.doc("The/DT@2:det survey/NN@3:nsubj shows/VBZ/O/show@0:root Ruiz/NNP/PERSON@3:obj "
        + "with/IN@7:case a/DT@7:det lead/NN@3:obl ./.@3:punct");
    assertEquals(List.of("Ruiz with a lead"), contents(doc));
  }
  /** "The mayor called for the bridge to be rebuilt": the infinitive after the topic is the topic's predicate. */
  @Test
  void infinitiveAfterTopicCompletesIt() {
    Doc doc = Docs.doc("The/DT@2:det mayor/NN@3:nsubj called/VBD/O/call@0:root for/IN@6:case the/DT@6:det "
        + "bridge/NN@3:obl to/TO@9:mark be/VB/O/be@9:aux:pass rebuilt/VBN/O/rebuild@3:xcomp ./.@3:punct");
    assertEquals(List.of("the bridge to be rebuilt"), contents(doc));
  }
  /** "She touted the bridges she has helped build": a relative clause without "that", parsed as parataxis. */
  @Test
  void contactRelativeAfterObjectCompletesIt() {
    Doc doc = Docs.doc("She/PRP@2:nsubj touted/VBD/O/tout@0:root the/DT@4:det bridges/NNS@2:obj she/PRP@7:nsubj "
        + "has/VBZ/O/have@7:aux helped/VBN/O/help@2:parataxis build/VB/O/build@7:xcomp ./.@2:punct");
    assertEquals(List.of("the bridges she has helped build"), contents(doc));
  }
}
