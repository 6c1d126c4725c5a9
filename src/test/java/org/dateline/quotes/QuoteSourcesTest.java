package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who the source of reported content is, on hand-parsed documents: no CoreNLP needed. */
class QuoteSourcesTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** "She greeted supporters and told them that they would win": the conjoined cue's source is "She". */
  @Test
  void conjoinedCueSharesFirstVerbsSubject() {
    Doc doc = Docs.doc("She/PRP@2:nsubj greeted/VBD@0:root supporters/NNS@2:obj and/CC@5:cc "
        + "told/VBD/O/tell@2:conj them/PRP@5:obj that/IN@10:mark they/PRP@10:nsubj would/MD@10:aux "
        + "win/VB@5:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that they would win", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("She", rows.get(0).speaker().text());
  }

  /** "WASHINGTON — Sen. Smith defended his plan": the parser's subject is the dateline; the source is Smith. */
  @Test
  void datelineIsNoSource() {
    Doc doc = Docs.doc("WASHINGTON/NNP/STATE_OR_PROVINCE@5:nsubj —/HYPH@1:punct Sen./NNP@4:compound "
        + "Smith/NNP/PERSON@1:dep defended/VBD/O/defend@0:root his/PRP$@7:nmod:poss plan/NN@5:obj ./.@5:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("his plan", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Sen. Smith", rows.get(0).speaker().text());
  }

  /** "Jason Sims — a teacher — says he voted": a name set off by dashes is no dateline. */
  @Test
  void nameBeforeDashIsNoDateline() {
    Doc doc = Docs.doc("Jason/NNP/PERSON@2:compound Sims/NNP/PERSON@7:nsubj —/:@2:punct a/DT@5:det "
        + "teacher/NN@2:dep —/:@2:punct says/VBZ/O/say@0:root he/PRP@9:nsubj voted/VBD@7:ccomp ./.@7:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Jason Sims", rows.get(0).speaker().text());
  }

  /** "The head of the PAC, Mike Murphy, praised the ads": the description's named apposition is who. */
  @Test
  void namedAppositionIsTheSpeaker() {
    Doc doc = Docs.doc("The/DT@2:det head/NN@10:nsubj of/IN@5:case the/DT@5:det PAC/NNP/ORGANIZATION@2:nmod "
        + ",/,@2:punct Mike/NNP/PERSON@8:compound Murphy/NNP/PERSON@2:appos ,/,@2:punct "
        + "praised/VBD/O/praise@0:root the/DT@12:det ads/NNS@10:obj ./.@10:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Mike Murphy", rows.get(0).speaker().text());
  }

  /** '"I will win," John Smith, director of ... of the city, said.': a long description still reaches the cue. */
  @Test
  void closingCueAfterLongDescription() {
    Doc doc = Docs.doc("\"/``@23:punct I/PRP@4:nsubj will/MD@4:aux win/VB@23:ccomp ,/,@4:punct \"/''@23:punct "
        + "John_Smith/NNP/PERSON@23:nsubj ,/,@7:punct director/NN@7:appos of/IN@12:case the/DT@12:det "
        + "project/NN@9:nmod at/IN@15:case the/DT@15:det institute/NN@12:nmod for/IN@18:case the/DT@18:det "
        + "study/NN@15:nmod of/IN@21:case the/DT@21:det city/NN@18:nmod ,/,@7:punct said/VBD/O/say@0:root "
        + "./.@23:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Quote.DIRECT, rows.get(0).kind());
    assertEquals("John Smith", rows.get(0).speaker().text());
  }

  /** '"Long live freedom!" John Smith, the editor of the paper, wrote.': the next sentence is subject and cue. */
  @Test
  void cueSentenceOfSubjectAndCueAfterQuote() {
    Doc doc = Docs.doc("\"/``@3:punct Long/RB@3:advmod live/VB@0:root freedom/NN@3:obj !/.@3:punct \"/''@3:punct",
        "+ John_Smith/NNP/PERSON@9:nsubj ,/,@1:punct the/DT@4:det editor/NN@1:appos of/IN@7:case the/DT@7:det "
            + "paper/NN@4:nmod ,/,@1:punct wrote/VBD/O/write@0:root ./.@9:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Quote.DIRECT, rows.get(0).kind());
    assertEquals("John Smith", rows.get(0).speaker().text());
  }

  /** '"We will win," said John Smith, a spokesman, smiling.': the parse gives "said" no subject; the name after it. */
  @Test
  void nameAfterSubjectlessCue() {
    Doc doc = Docs.doc("\"/``@7:punct We/PRP@4:nsubj will/MD@4:aux win/VB@7:ccomp ,/,@4:punct \"/''@7:punct "
        + "said/VBD/O/say@0:root John_Smith/NNP/PERSON@13:nsubj ,/,@8:punct a/DT@11:det spokesman/NN@8:appos "
        + ",/,@8:punct smiling/VBG@7:dep ./.@7:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("John Smith", rows.get(0).speaker().text());
  }

  /** "In a halfhearted endorsement, Clinton added that he was better.": a loose cue without subject. */
  @Test
  void nounBeforeLooseCueIsItsSource() {
    Doc doc = Docs.doc("Endorsement/NN@0:root ,/,@1:punct Clinton/NNP/PERSON@1:appos added/VBD/O/add@1:dep "
        + "that/IN@8:mark he/PRP@8:nsubj was/VBD@8:cop better/JJR@4:ccomp ./.@1:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that he was better", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Clinton", rows.get(0).speaker().text());
  }

  /** "Stocks fell, with analysts saying rates will rise": the participle's subject is the noun after "with". */
  @Test
  void absoluteWithPhraseNamesParticipleSubject() {
    Doc doc = Docs.doc("Stocks/NNS@2:nsubj fell/VBD@0:root ,/,@2:punct with/IN@5:case analysts/NNS@2:obl "
        + "saying/VBG/O/say@2:advcl rates/NNS@9:nsubj will/MD@9:aux rise/VB@6:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("rates will rise", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("analysts", rows.get(0).speaker().text());
  }

  /** '"We will win."' signed on the next line "- Bernie Sanders.": the signature names the speaker. */
  @Test
  void signatureLineNamesSpeaker() {
    Doc doc = Docs.doc("\"/``@4:punct We/PRP@4:nsubj will/MD@4:aux win/VB@0:root ./.@4:punct \"/''@4:punct",
        "-/HYPH@2:punct Bernie_Sanders/NNP/PERSON@0:root ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals(Quote.DIRECT, rows.get(0).kind());
    assertEquals("Bernie Sanders", rows.get(0).speaker().text());
  }

  /** "Graham said that Carson is good, and said that Trump lost": the second cue is Graham's, not Carson's. */
  @Test
  void cueConjoinedToReportedClauseIsTheReporters() {
    Doc doc = Docs.doc("Graham/NNP/PERSON@2:nsubj said/VBD/O/say@0:root that/IN@6:mark Carson/NNP/PERSON@6:nsubj "
        + "is/VBZ@6:cop good/JJ@2:ccomp ,/,@9:punct and/CC@9:cc said/VBD/O/say@6:conj that/IN@12:mark "
        + "Trump/NNP/PERSON@12:nsubj lost/VBD@9:ccomp ./.@2:punct");
    Quote second = extract(doc).stream().filter(q -> doc.text(q.start(), q.end()).equals("that Trump lost"))
        .findFirst().orElseThrow();
    assertEquals("Graham", second.speaker().text());
  }

  /** "PBS revealed that Salman accepted blame but did not say he ordered it": what Salman left unsaid. */
  @Test
  void negatedCueConjoinedToReportedClauseIsTheReportedOnes() {
    Doc doc = Docs.doc("PBS/NNP/ORGANIZATION@2:nsubj revealed/VBD/O/reveal@0:root that/IN@5:mark "
        + "Salman/NNP/PERSON@5:nsubj accepted/VBD@2:ccomp blame/NN@5:obj but/CC@10:cc did/VBD@10:aux "
        + "not/RB@10:advmod say/VB/O/say@5:conj he/PRP@12:nsubj ordered/VBD@10:ccomp it/PRP@12:obj ./.@2:punct");
    Quote unsaid = extract(doc).stream().filter(q -> q.cue().lemma().equals("say")).findFirst().orElseThrow();
    assertEquals("Salman", unsaid.speaker().text());
  }
  /** "The contrast, said Doyle, is that it would win": the name after an inverted aside cue is the speaker. */
  @Test
  void nameAfterInvertedAsideCueIsTheSpeaker() {
    Doc doc = Docs.doc("The/DT@2:det contrast/NN@4:nsubj ,/,@4:punct said/VBD/O/say@0:root "
        + "Doyle/NNP/PERSON@4:obj ,/,@4:punct it/PRP@9:nsubj would/MD@9:aux win/VB@4:ccomp ./.@4:punct");
    Quote row = extract(doc).stream().filter(q -> q.cue().lemma().equals("say")).findFirst().orElseThrow();
    assertEquals("Doyle", row.speaker().text());
  }

  /** "Brendan Buck, a spokesman, told Politico that Ryan had called": not the one told, the name before. */
  @Test
  void nameBeforeSubjectlessCueAfterAppositionIsTheSpeaker() {
    Doc doc = Docs.doc("Brendan/NNP/PERSON@2:compound Buck/NNP/PERSON@9:dep ,/,@2:punct a/DT@5:det "
        + "spokesman/NN@2:appos for/IN@7:case Ryan/NNP/PERSON@5:nmod ,/,@2:punct told/VBD/O/tell@0:root "
        + "Politico/NNP/ORGANIZATION@9:obj that/IN@14:mark Ryan/NNP/PERSON@14:nsubj had/VBD@14:aux "
        + "called/VBN/O/call@9:ccomp ./.@9:punct");
    Quote row = extract(doc).stream().filter(q -> q.cue().lemma().equals("tell")).findFirst().orElseThrow();
    assertEquals("Brendan Buck", row.speaker().text());
  }
  /** "Rubio smiled when asked whether he would run": Rubio was asked; who asked is not said. */
  @Test
  void oneAskedIsNoSourceOfTheQuestion() {
    Doc doc = Docs.doc("Rubio/NNP/PERSON@2:nsubj smiled/VBD/O/smile@0:root when/WRB@4:advmod "
        + "asked/VBN/O/ask@2:advcl whether/IN@8:mark he/PRP@8:nsubj would/MD@8:aux run/VB@4:ccomp ./.@2:punct");
    Quote row = extract(doc).stream().filter(q -> q.cue().lemma().equals("ask")).findFirst().orElseThrow();
    assertEquals("", row.speaker().text());
  }
  /** "Clinton, who spoke, did not mention Trump, but told leaders that they won": the cue is Clinton's. */
  @Test
  void cueAfterClosedRelativeClauseIsTheAntecedents() {
    Doc doc = Docs.doc("Clinton/NNP/PERSON@0:root ,/,@1:punct who/WP@4:nsubj spoke/VBD/O/speak@1:dep ,/,@4:punct "
        + "did/VBD@8:aux not/RB@8:advmod mention/VB/O/mention@4:dep Trump/NNP/PERSON@8:obj ,/,@4:punct "
        + "but/CC@12:cc told/VBD/O/tell@4:conj leaders/NNS@12:obj that/IN@16:mark they/PRP@16:nsubj "
        + "won/VBD@12:ccomp ./.@1:punct");
    Quote row = extract(doc).stream().filter(q -> q.cue().lemma().equals("tell")).findFirst().orElseThrow();
    assertEquals("Clinton", row.speaker().text());
  }
  /** 'She declared victory! / and said that they won': a cue split off after "!" has the sentence before's subject. */
  @Test
  void cueOpeningSplitSentenceWithAndTakesPreviousSubject() {
    Doc doc = Docs.doc("She/PRP@2:nsubj declared/VBD/O/declare@0:root victory/NN@2:obj !/.@2:punct",
        "+ and/CC@2:cc said/VBD/O/say@0:root that/IN@6:mark they/PRP@6:nsubj had/VBD@6:aux won/VBN@2:ccomp ./.@2:punct");
    Quote row = extract(doc).stream().filter(q -> q.cue().lemma().equals("say")).findFirst().orElseThrow();
    assertEquals("She", row.speaker().text());
  }

  /**
   * "Where the vote would be, Lee said the plan works", parsed with two subjects on "said" (the question's noun
   * and the name): the one next to the verb is its own.
   */
  @Test
  void ofTwoSubjectsTheNearerSpeaks() {
    Doc doc = Docs.doc("Where/WRB@8:advmod the/DT@3:det vote/NN@8:nsubj would/MD@8:aux be/VB@8:cop ,/,@8:punct "
        + "Lee/NNP/PERSON@8:nsubj said/VBD/O/say@0:root the/DT@10:det plan/NN@11:nsubj works/VBZ/O/work@8:ccomp "
        + "./.@8:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the plan works", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Lee", rows.get(0).speaker().text());
  }
}
