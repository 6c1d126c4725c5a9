package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which words count as cues of reported content, on hand-parsed documents: no CoreNLP needed. */
class QuoteCuesTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** A headline without a verb of saying is no quote (samples/01: the hackers' attack is not a statement). */
  @Test
  void headlineWithoutSpeechVerbIsNoQuote() {
    Doc doc = Docs.doc("H Hackers/NNS@2:nsubj attack/VBP/O/attack@0:root Church/NNP/ORGANIZATION@6:compound "
        + "of/IN/ORGANIZATION@5:case Scientology/NNP/ORGANIZATION@3:nmod website/NN@2:obj");
    assertEquals(List.of(), extract(doc));
  }

  /** A headline with one is ("Trump announces troop withdrawal"). */
  @Test
  void headlineWithSpeechVerbIsQuote() {
    Doc doc = Docs.doc("H Trump/NNP/PERSON@2:nsubj announces/VBZ/O/announce@0:root troop/NN@4:compound "
        + "withdrawal/NN@2:obj");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("troop withdrawal", doc.text(rows.get(0).start(), rows.get(0).end()));
  }

  /** "attack" is criticism only from someone who can speak: people who attack a website say nothing. */
  @Test
  void physicalVerbNeedsSpeakingSubject() {
    assertEquals(List.of(), extract(Docs.doc("Hackers/NNS@2:nsubj attacked/VBD/O/attack@0:root the/DT@4:det "
        + "website/NN@2:obj ./.@2:punct")));
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj attacked/VBD/O/attack@0:root Jones/NNP/PERSON@2:obj "
        + "./.@2:punct");
    assertEquals(1, extract(doc).size());
  }

  /** "C, the minister said Wednesday.": the parser hangs the cue off the content; the content is still C. */
  @Test
  void closingCueAttributesSentenceBefore() {
    Doc doc = Docs.doc("Prices/NNS@3:nsubj will/MD@3:aux rise/VB@0:root ,/,@3:punct the/DT@6:det "
        + "minister/NN@7:nsubj said/VBD/O/say@3:dep Wednesday/NNP/DATE@7:obl:tmod ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Prices will rise", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("the minister", rows.get(0).speaker().text());
  }

  /** "Voters say they want a ban": the wish is part of what they say, one row. */
  @Test
  void attitudeInsideReportedContentIsNoRowOfItsOwn() {
    Doc doc = Docs.doc("Voters/NNS@2:nsubj say/VBP/O/say@0:root they/PRP@4:nsubj want/VBP/O/want@2:ccomp "
        + "a/DT@6:det ban/NN@4:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("they want a ban", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("say", rows.get(0).cue().lemma());
  }

  /** "Smith noted that Jones has acknowledged he lost": a saying inside reported words is that content, one row. */
  @Test
  void sayingInsideReportedContentIsNoRowOfItsOwn() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj noted/VBD/O/note@0:root that/IN@6:mark "
        + "Jones/NNP/PERSON@6:nsubj has/VBZ@6:aux acknowledged/VBN/O/acknowledge@2:ccomp he/PRP@8:nsubj "
        + "lost/VBD@6:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("note", rows.get(0).cue().lemma());
    assertEquals("Smith", rows.get(0).speaker().text());
  }

  /** "If Trump loses, he said he would quit": the fronted condition is a piece of what he said. */
  @Test
  void frontedConditionIsLeadingPiece() {
    Doc doc = Docs.doc("If/IN@3:mark Trump/NNP/PERSON@3:nsubj loses/VBZ@6:advcl ,/,@6:punct he/PRP@6:nsubj "
        + "said/VBD/O/say@0:root he/PRP@9:nsubj would/MD@9:aux quit/VB@6:ccomp ./.@6:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("If Trump loses", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("he would quit", doc.text(rows.get(1).start(), rows.get(1).end()));
  }

  /** "Obama is expected to win": the one expected and the expectation are two pieces, nobody's words. */
  @Test
  void passiveExpectationHasSubjectPiece() {
    Doc doc = Docs.doc("Obama/NNP/PERSON@3:nsubj:pass is/VBZ@3:aux:pass expected/VBN/O/expect@0:root "
        + "to/TO@5:mark win/VB@3:xcomp ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("Obama", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("to win", doc.text(rows.get(1).start(), rows.get(1).end()));
    assertEquals(false, rows.get(0).hasSpeaker());
  }

  /** "Ginsburg is known for her liberal bent": what is judged and the judgement, two pieces without source. */
  @Test
  void passiveJudgementHasTwoPieces() {
    Doc doc = Docs.doc("Ginsburg/NNP/PERSON@3:nsubj:pass is/VBZ@3:aux:pass known/VBN/O/know@0:root "
        + "for/IN@7:case her/PRP$@7:nmod:poss liberal/JJ@7:amod bent/NN@3:obl ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("Ginsburg", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("for her liberal bent", doc.text(rows.get(1).start(), rows.get(1).end()));
    assertEquals(false, rows.get(1).hasSpeaker());
  }

  /** "Obama's decision not to strike": the infinitive of a noun of intent, attributed to its possessor. */
  @Test
  void nounOfIntentTakesItsInfinitive() {
    Doc doc = Docs.doc("Obama/NNP/PERSON@3:nmod:poss 's/POS@1:case decision/NN@7:nsubj not/RB@6:advmod "
        + "to/TO@6:mark strike/VB@3:acl surprised/VBD@0:root allies/NNS@7:obj ./.@7:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("not to strike", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Obama", rows.get(0).speaker().text());
  }

  /** "Trump seems to relish it": the writer's impression, in two pieces, attributed to nobody. */
  @Test
  void appearanceHasNoSource() {
    Doc doc = Docs.doc("Trump/NNP/PERSON@2:nsubj seems/VBZ/O/seem@0:root to/TO@4:mark relish/VB@2:xcomp "
        + "the/DT@6:det fight/NN@4:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("Trump", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("to relish the fight", doc.text(rows.get(1).start(), rows.get(1).end()));
    assertEquals(false, rows.get(1).hasSpeaker());
  }

  /** "Christie made the case that Rubio is not ready": the noun carries the cue, the subject is the source. */
  @Test
  void lightVerbWithSpeechNoun() {
    Doc doc = Docs.doc("Christie/NNP/PERSON@2:nsubj made/VBD/O/make@0:root the/DT@4:det case/NN@2:obj "
        + "that/IN@9:mark Rubio/NNP/PERSON@9:nsubj is/VBZ@9:cop not/RB@9:advmod ready/JJ@4:acl ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that Rubio is not ready", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Christie", rows.get(0).speaker().text());
    assertEquals("make case", rows.get(0).cue().lemma());
  }

  /** "Trump called for the president to resign": the demand, parsed as a clause marked by "for". */
  @Test
  void callForTakesTheDemand() {
    Doc doc = Docs.doc("Trump/NNP/PERSON@2:nsubj called/VBD/O/call@0:root for/IN@7:mark the/DT@5:det "
        + "president/NN@7:nsubj to/TO@7:mark resign/VB@2:advcl ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the president to resign", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Trump", rows.get(0).speaker().text());
  }

  /** "As the Caller reported, Cosby gave money": the as-clause attributes the clause it is set off from. */
  @Test
  void asClauseAttributesTheMainClause() {
    Doc doc = Docs.doc("As/IN@4:mark the/DT@3:det Caller/NNP/ORGANIZATION@4:nsubj "
        + "reported/VBD/O/report@7:advcl ,/,@7:punct Cosby/NNP/PERSON@7:nsubj gave/VBD@0:root money/NN@7:obj "
        + "./.@7:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Cosby gave money", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("the Caller", rows.get(0).speaker().text());
  }
}
