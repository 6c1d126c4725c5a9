package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quote stage on hand-built, hand-parsed documents: no CoreNLP needed. */
class QuoteExtractorTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  private static String text(Doc doc, Quote q) {
    return doc.text(q.start(), q.end());
  }

  private static final String SMITH_SAID = "\"/``@8:punct I/PRP@4:nsubj will/MD@4:aux win/VB@8:ccomp ,/,@4:punct "
      + "\"/''@8:punct John_Smith/NNP/PERSON@8:nsubj said/VBD/O/say@0:root ./.@8:punct";

  /** A quote before "X said": direct, marks included, speaker by syntax with offsets. */
  @Test
  void directQuoteWithSpeakerAfter() {
    Doc doc = Docs.doc(SMITH_SAID);
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    Quote q = rows.get(0);
    assertEquals(Quote.DIRECT, q.kind());
    assertEquals("\"I will win,\"", text(doc, q));
    assertEquals("John Smith", q.speaker().text());
    assertEquals("John Smith", doc.text(q.speaker().start(), q.speaker().end()));
    assertEquals("John Smith", q.speaker().name());
    assertEquals("PERSON", q.speaker().type());
    assertEquals("say", q.cue().lemma());
    assertEquals(Quote.SYNTAX, q.attribution());
    assertEquals("q1", q.quoteId());
  }

  /** '"X," he said, "Y."': two rows, one speaker, reached through the pronoun's link to the named person. */
  @Test
  void splitQuoteGivesTwoRowsOneSpeaker() {
    Doc doc = Docs.doc("John_Smith/NNP/PERSON@2:nsubj arrived/VBD@0:root ./.@2:punct",
        "+ \"/``@8:punct We/PRP@4:nsubj are/VBP@4:cop ready/JJ@8:ccomp ,/,@4:punct \"/''@8:punct he/PRP@8:nsubj "
            + "said/VBD/O/say@0:root ,/,@8:punct \"/``@14:punct and/CC@14:cc we/PRP@14:nsubj will/MD@14:aux "
            + "win/VB@8:parataxis ./.@14:punct \"/''@14:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("\"We are ready,\"", text(doc, rows.get(0)));
    assertEquals("\"and we will win.\"", text(doc, rows.get(1)));
    for (Quote q : rows) {
      assertEquals(Quote.DIRECT, q.kind());
      assertEquals("he", q.speaker().text());
      assertEquals("John Smith", q.speaker().name());
      assertEquals(Quote.COREF, q.attribution());
    }
  }

  /** "X said that ...": the reported clause with its "that" (as PolNeAR marks content), not the sentence. */
  @Test
  void indirectSpeech() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root that/IN@6:mark taxes/NNS@6:nsubj "
        + "will/MD@6:aux rise/VB@2:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Quote.INDIRECT, rows.get(0).kind());
    assertEquals("that taxes will rise", text(doc, rows.get(0)));
    assertEquals("Smith", rows.get(0).speaker().text());
  }

  /** "According to X, ...": an organization can be the speaker; the speaker mention leaves out "according to". */
  @Test
  void accordingTo() {
    Doc doc = Docs.doc("According/VBG@4:case to/TO@1:fixed the/DT@4:det ministry/NN@7:obl ,/,@7:punct "
        + "prices/NNS@7:nsubj rose/VBD/O/rise@0:root ./.@7:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("prices rose", text(doc, rows.get(0)));
    assertEquals("the ministry", rows.get(0).speaker().text());
    assertEquals("according to", rows.get(0).cue().lemma());
  }

  /** 'described the talks as "very constructive."': one mixed row, no second row for the fragment. */
  @Test
  void mixedQuote() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj described/VBD/O/describe@0:root the/DT@4:det talks/NNS@2:obj "
        + "as/IN@8:case \"/``@8:punct very/RB@8:advmod constructive/JJ@2:xcomp ./.@8:punct \"/''@8:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Quote.MIXED, rows.get(0).kind());
    assertEquals("the talks as \"very constructive.\"", text(doc, rows.get(0)));
    assertEquals("describe", rows.get(0).cue().lemma());
  }

  /** A nickname in quotes ('goes by the name "Shorty"', CoreNLP #1251) is not a quote. */
  @Test
  void nicknameIsNoQuote() {
    Doc doc = Docs.doc("A/DT@2:det man/NN@11:nsubj who/WP@4:nsubj goes/VBZ/O/go@2:acl:relcl by/IN@7:case "
        + "the/DT@7:det name/NN@4:obl \"/``@9:punct Shorty/NNP@7:appos \"/''@9:punct spoke/VBD/O/speak@0:root "
        + "./.@11:punct");
    assertEquals(List.of(), extract(doc));
  }

  /** A quote paragraph with no cue takes the speaker of the paragraph before, and says so. */
  @Test
  void quoteParagraphTakesSpeakerOfPreviousParagraph() {
    Doc doc = Docs.doc(SMITH_SAID, "¶ \"/``@5:punct The/DT@3:det polls/NNS@5:nsubj are/VBP@5:cop "
        + "wrong/JJ@0:root ./.@5:punct \"/''@5:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    Quote second = rows.get(1);
    assertEquals("\"The polls are wrong.\"", text(doc, second));
    assertEquals(Quote.ADJACENT, second.attribution());
    assertEquals("John Smith", second.speaker().name());
    assertEquals("", second.cue().lemma());
  }

  /**
   * A quote with neither a cue nor an attribution before it to lend a speaker is no row: a title, slogan or
   * headline, not an attribution (and no speaker is guessed for it).
   */
  @Test
  void unattributedQuoteIsNoRow() {
    Doc doc = Docs.doc("\"/``@5:punct The/DT@3:det polls/NNS@5:nsubj are/VBP@5:cop wrong/JJ@0:root "
        + "./.@5:punct \"/''@5:punct");
    assertEquals(List.of(), extract(doc));
  }

  /** A mixed row whose cue lost its subject ("Also called the plan "a disaster."") takes the speaker before. */
  @Test
  void mixedRowWithoutSubjectTakesSpeakerOfPreviousParagraph() {
    Doc doc = Docs.doc(SMITH_SAID, "¶ Also/RB@2:advmod called/VBD/O/call@0:root the/DT@4:det plan/NN@2:obj "
        + "\"/``@7:punct a/DT@7:det disaster/NN@2:xcomp \"/''@7:punct ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    Quote second = rows.get(1);
    assertEquals(Quote.MIXED, second.kind());
    assertEquals(Quote.ADJACENT, second.attribution());
    assertEquals("John Smith", second.speaker().name());
  }
}
