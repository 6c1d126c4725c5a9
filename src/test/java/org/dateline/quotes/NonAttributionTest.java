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
 * Constructions that look like an attribution but attribute nothing (PolNeAR marks none of them), on hand-parsed
 * documents: each test holds one rule that keeps such words from becoming a row.
 */
class NonAttributionTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private static final String SMITH_SAID = "\"/``@8:punct I/PRP@4:nsubj will/MD@4:aux win/VB@8:ccomp ,/,@4:punct "
      + "\"/''@8:punct John_Smith/NNP/PERSON@8:nsubj said/VBD/O/say@0:root ./.@8:punct";

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** A poster's slogan quoted in a caption is not the next thing the speaker quoted last in the story said. */
  @Test
  void captionQuoteTakesNoSpeakerFromTheStory() {
    Doc doc = Docs.doc(SMITH_SAID, "C \"/``@4:punct No/DT@3:det special/JJ@4:amod rights/NNS@0:root !/.@4:punct "
        + "\"/''@4:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("John Smith", rows.get(0).speaker().name());
  }

  /** 'He hosted a show, "The Apprentice."': a title in apposition to its noun, not his next statement. */
  @Test
  void quotedTitleAfterItsNounIsNoStatement() {
    Doc doc = Docs.doc(SMITH_SAID, "He/PRP@2:nsubj hosted/VBD/O/host@0:root a/DT@4:det show/NN@2:obj ,/,@8:punct "
        + "\"/``@8:punct The/DT@8:det Apprentice/NNP@4:appos ./.@2:punct \"/''@8:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("\"I will win,\"", doc.text(rows.get(0).start(), rows.get(0).end()));
  }

  /** "AbbVie called off a deal": a particle that makes a cue another verb (cancel, total, arrive) reports nothing. */
  @Test
  void particleOfAnotherSenseMakesNoCue() {
    Doc doc = Docs.doc("AbbVie/NNP/ORGANIZATION@2:nsubj called/VBD/O/call@0:root off/RP/O/off@2:compound:prt "
        + "a/DT@5:det deal/NN@2:obj ./.@2:punct");
    assertEquals(List.of(), extract(doc));
  }

  /** "The buildings were named for his friends": after a verb of naming a for-phrase is the namesake. */
  @Test
  void namesakeIsNoJudgement() {
    Doc doc = Docs.doc("The/DT@2:det buildings/NNS@4:nsubj:pass were/VBD@4:aux:pass named/VBN/O/name@0:root "
        + "for/IN@7:case his/PRP$@7:nmod:poss friends/NNS@4:obl ./.@4:punct");
    assertEquals(List.of(), extract(doc));
  }

  /** "The Latest: Clinton tells voters ...": words closed by a colon before the cue's subject are a lead-in. */
  @Test
  void leadInBeforeColonIsNoPiece() {
    Doc doc = Docs.doc("The/DT@2:det Latest/JJS@0:root :/:@2:punct Clinton/NNP/PERSON@5:nsubj "
        + "tells/VBZ/O/tell@2:parataxis voters/NNS@5:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(List.of(), rows.stream().filter(q -> doc.text(q.start(), q.end()).equals("The Latest")).toList());
  }

  /** "He's said he gets his ideas": a clitic perfect taken for a passive raises no subject piece "He". */
  @Test
  void contractedPerfectRaisesNoPiece() {
    Doc doc = Docs.doc("He/PRP@3:nsubj:pass 's/VBZ/O/be@3:aux:pass said/VBN/O/say@0:root he/PRP@5:nsubj "
        + "gets/VBZ/O/get@3:ccomp his/PRP$@7:nmod:poss ideas/NNS@5:obj ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("he gets his ideas", doc.text(rows.get(0).start(), rows.get(0).end()));
  }

  /** "A small charity called Open Hands ...": a naming participle after an indefinite noun only names it. */
  @Test
  void namingParticipleAfterIndefiniteNounIsNoStatement() {
    Doc doc = Docs.doc("A/DT@3:det small/JJ@3:amod charity/NN@4:nsubj called/VBN/O/call@0:root "
        + "Open/NNP/ORGANIZATION@6:compound Hands/NNP/ORGANIZATION@4:obj ./.@4:punct");
    assertEquals(List.of(), extract(doc));
  }

  /** "Farmers would see a smaller harvest": "see" under a future modal is what befalls them, not their view. */
  @Test
  void seeingUnderFutureModalIsNoView() {
    String future = "Farmers/NNS@3:nsubj would/MD/O/will@3:aux see/VB/O/see@0:root a/DT@6:det "
        + "smaller/JJR@6:amod harvest/NN@3:obj ./.@3:punct";
    assertEquals(List.of(), extract(Docs.doc(future)));
    String present = "Farmers/NNS@2:nsubj see/VBP/O/see@0:root a/DT@5:det smaller/JJR@5:amod harvest/NN@2:obj "
        + "./.@2:punct";
    assertEquals(1, extract(Docs.doc(present)).size());
    // The clitic taken for the main verb, with "see" hung on it.
    String clitic = "Readers/NNS@2:nsubj 'll/VBP/O/will@0:root see/VB/O/see@2:xcomp a/DT@6:det "
        + "new/JJ@6:amod banner/NN@3:obj ./.@2:punct";
    assertEquals(List.of(), extract(Docs.doc(clitic)));
  }
}
