package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the tail of reported content ends (issue 19, tails), on hand-parsed documents: no CoreNLP needed. */
class ContentTailTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<String> contents(Doc doc) {
    return quotes.extract(doc, entities.extract(doc)).stream().map((Quote q) -> doc.text(q.start(), q.end())).toList();
  }

  /**
   * "While the president said he opposes troops, his administration carves exceptions": the parse hangs the main
   * clause on the reported one; the comma before its subject and verb closes the fronted clause and the content.
   */
  @Test
  void contentInFrontedClauseEndsBeforeMainClause() {
    Doc doc = Docs.doc("While/IN@4:mark the/DT@3:det president/NN@4:nsubj said/VBD/O/say@0:root he/PRP@6:nsubj "
        + "opposes/VBZ@4:ccomp troops/NNS@6:obj ,/,@11:punct his/PRP$@10:nmod:poss administration/NN@11:nsubj "
        + "carves/VBZ@6:parataxis exceptions/NNS@11:obj ./.@4:punct");
    assertEquals(List.of("he opposes troops"), contents(doc));
  }

  /** "While Smith said that if he wins, he will cut taxes, ...": the content's own fronted clause is no cut. */
  @Test
  void contentsOwnFrontedClauseStays() {
    Doc doc = Docs.doc("While/IN@3:mark Smith/NNP/PERSON@3:nsubj said/VBD/O/say@0:root that/IN@11:mark "
        + "if/IN@7:mark he/PRP@7:nsubj wins/VBZ@11:advcl ,/,@11:punct he/PRP@11:nsubj will/MD@11:aux "
        + "cut/VB@3:ccomp taxes/NNS@11:obj ./.@3:punct");
    assertEquals(List.of("that if he wins, he will cut taxes"), contents(doc));
  }

  /**
   * "Smith said the mill would close, though Jones noted the workers had found new jobs": the parse hangs the
   * clause of contrast on the content's verb; with a cue and a subject of its own it is Jones's attribution.
   */
  @Test
  void clauseOfContrastWithItsOwnCueIsNoContent() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root the/DT@4:det mill/NN@6:nsubj "
        + "would/MD@6:aux close/VB@2:ccomp ,/,@6:punct though/IN@10:mark Jones/NNP/PERSON@10:nsubj "
        + "noted/VBD/O/note@6:advcl the/DT@12:det workers/NNS@14:nsubj had/VBD@14:aux found/VBN/O/find@10:ccomp "
        + "new/JJ@16:amod jobs/NNS@14:obj ./.@2:punct");
    assertEquals(List.of("the mill would close", "the workers had found new jobs"), contents(doc));
  }

  /** "..., though he was warned against it": a clause of contrast whose subject is acted on stays in the content. */
  @Test
  void passiveClauseOfContrastStays() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root he/PRP@4:nsubj sold/VBD@2:ccomp "
        + "the/DT@6:det mill/NN@4:obj ,/,@4:punct though/IN@11:mark he/PRP@11:nsubj:pass was/VBD@11:aux:pass "
        + "warned/VBN/O/warn@4:advcl against/IN@13:case it/PRP@11:obl ./.@2:punct");
    assertEquals(List.of("he sold the mill, though he was warned against it"), contents(doc));
  }

  /**
   * "While analysts think a cut looms, the bank will hold rates, Smith said": a fronted clause of contrast with a
   * cue and a subject of its own is the analysts' attribution; Smith's content is the main clause after its comma.
   */
  @Test
  void frontedClauseOfContrastWithItsOwnCueIsNoContent() {
    Doc doc = Docs.doc("While/IN@3:mark analysts/NNS@3:nsubj think/VBP/O/think@11:advcl a/DT@5:det cut/NN@6:nsubj "
        + "looms/VBZ@3:ccomp ,/,@11:punct the/DT@9:det bank/NN@11:nsubj will/MD@11:aux hold/VB@15:ccomp "
        + "rates/NNS@11:obj ,/,@15:punct Smith/NNP/PERSON@15:nsubj said/VBD/O/say@0:root ./.@15:punct");
    assertEquals(List.of("a cut looms", "the bank will hold rates"), contents(doc));
  }

  /**
   * "Smith called on the city to close the plant that pollutes the river and proposed a levy": the parse conjoins
   * the second cue to the relative clause, whose subject says nothing; it is Smith's second statement.
   */
  @Test
  void cueConjoinedToRelativeClauseIsReportersSecondStatement() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj called/VBD/O/call@0:root on/IN@7:mark the/DT@5:det city/NN@7:nsubj "
        + "to/TO@7:mark close/VB@2:advcl the/DT@9:det plant/NN@7:obj that/WDT@11:nsubj "
        + "pollutes/VBZ/O/pollute@9:acl:relcl the/DT@13:det river/NN@11:obj and/CC@15:cc "
        + "proposed/VBD/O/propose@11:conj a/DT@17:det levy/NN@15:obj ./.@2:punct");
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(List.of("the city to close the plant that pollutes the river", "a levy"), contents(doc));
    assertEquals("Smith", rows.get(1).speaker().text());
  }

  /** "said the plan failed, a swipe at Jones": a noun phrase hung on the verb sums the clause up; it is no content. */
  @Test
  void summaryNounPhraseIsNoContent() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root the/DT@4:det plan/NN@5:nsubj "
        + "failed/VBD@2:ccomp ,/,@5:punct a/DT@8:det swipe/NN@5:dep at/IN@10:case Jones/NNP/PERSON@8:nmod "
        + "./.@2:punct");
    assertEquals(List.of("the plan failed"), contents(doc));
  }

  /** "view Trump unfavorably": a bare adverb right after the object completes the object's content. */
  @Test
  void adverbAfterObjectCompletesIt() {
    Doc doc = Docs.doc("Voters/NNS@2:nsubj view/VBP/O/view@0:root Trump/NNP/PERSON@2:obj unfavorably/RB@2:advmod "
        + "./.@2:punct");
    assertEquals(List.of("Trump unfavorably"), contents(doc));
  }

  /** 'said the system was "corrupt," noting ...': the comma before the participle's aside is inside the quote. */
  @Test
  void participleAfterQuotedCommaIsAside() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root the/DT@4:det system/NN@7:nsubj was/VBD@7:cop "
        + "\"/``@7:punct corrupt/JJ@2:ccomp ,/,@7:punct \"/''@7:punct noting/VBG@7:advcl fines/NNS@10:obj "
        + "./.@2:punct");
    assertEquals(List.of("the system was \"corrupt,\""), contents(doc));
  }

  /** "said on Monday the plan failed, and left": the cue's own second predicate ends the rest of the sentence. */
  @Test
  void restEndsBeforeCuesOwnConjunct() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root on/IN@4:case Monday/NNP/DATE@2:obl "
        + "the/DT@6:det plan/NN@7:nsubj failed/VBD@2:dep ,/,@10:punct and/CC@10:cc left/VBD@2:conj ./.@2:punct");
    assertEquals(List.of("the plan failed"), contents(doc));
  }

  /** "said he was excited as he faces a test": an as-clause with a pronoun subject is the writer's setting. */
  @Test
  void asClauseWithPronounSubjectIsAside() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root he/PRP@5:nsubj was/VBD@5:cop "
        + "excited/JJ@2:ccomp as/IN@8:mark he/PRP@8:nsubj faces/VBZ@5:advcl a/DT@10:det test/NN@8:obj ./.@2:punct");
    assertEquals(List.of("he was excited"), contents(doc));
  }

  /**
   * "said she quit on friendly terms but was pushed", the parse hanging "pushed" on "said": a form of "be" after the
   * conjunction goes on with the content's subject; it is no next act of the speaker's.
   */
  @Test
  void passiveAfterConjunctionStaysInContent() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root she/PRP@4:nsubj quit/VBD@2:ccomp on/IN@7:case "
        + "friendly/JJ@7:amod terms/NNS@4:obl but/CC@10:cc was/VBD/O/be@10:aux:pass pushed/VBN@2:conj ./.@2:punct");
    assertEquals(List.of("she quit on friendly terms but was pushed"), contents(doc));
  }

  /**
   * 'backed what Jones calls a "fair deal" for workers': a fragment no reported clause covers gives a mixed row
   * that runs past the closing mark to the end of the phrase holding it.
   */
  @Test
  void mixedRowRunsToEndOfPhrase() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj backed/VBD/O/back@0:root what/WP@5:obj Jones/NNP/PERSON@5:nsubj "
        + "calls/VBZ/O/call@2:ccomp a/DT@9:det \"/``@9:punct fair/JJ@9:amod deal/NN@5:xcomp \"/''@9:punct "
        + "for/IN@12:case workers/NNS@9:nmod ./.@2:punct");
    assertEquals(List.of("a \"fair deal\" for workers"), contents(doc));
  }

  /** "said the rent was high, but fair": an adjective predicate that shares the copula goes on with the content. */
  @Test
  void adjectivePredicateAfterConjunctionStays() {
    Doc doc = Docs.doc("Jones/NNP/PERSON@2:nsubj said/VBD/O/say@0:root the/DT@4:det rent/NN@6:nsubj was/VBD@6:cop "
        + "high/JJ@2:ccomp ,/,@9:punct but/CC@9:cc fair/JJ@2:conj ./.@2:punct");
    assertEquals(List.of("the rent was high, but fair"), contents(doc));
  }
}
