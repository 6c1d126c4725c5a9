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
 * Content that starts right and runs on too far (issue 19, class "L:same start"), on hand-parsed documents: the
 * piece after a parenthetical cue, a closing where-clause, a predicate the parser joined to the content's verb, a
 * passive's agent hung on its judgement, an even-though clause, a dash before the writer's next clause, a clause
 * with its own subject joined to a content that has none.
 */
class ContentRunOnTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<String> contents(Doc doc) {
    return quotes.extract(doc, entities.extract(doc)).stream().map((Quote q) -> doc.text(q.start(), q.end())).toList();
  }

  /** "Most shops, she said, have closed their doors, which upset the mayor.": the piece after "she said" too. */
  @Test
  void pieceAfterParentheticalCueEndsBeforeRelativeClause() {
    Doc doc = Docs.doc("Most/JJS@2:amod shops/NNS@8:nsubj ,/,@5:punct she/PRP@5:nsubj said/VBD/O/say@8:parataxis "
        + ",/,@5:punct have/VBP@8:aux closed/VBN@0:root their/PRP$@10:nmod:poss doors/NNS@8:obj ,/,@13:punct "
        + "which/WDT@13:nsubj upset/VBD@10:acl:relcl the/DT@15:det mayor/NN@13:obj ./.@8:punct");
    assertEquals(List.of("Most shops", "have closed their doors"), contents(doc));
  }

  /** "said the vote was close in Ohio, where turnout fell": a where-clause on the last noun is the writer's. */
  @Test
  void closingWhereClauseIsAside() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj said/VBD/O/say@0:root the/DT@4:det vote/NN@6:nsubj "
        + "was/VBD@6:cop close/JJ@2:ccomp in/IN@8:case Ohio/NNP/STATE_OR_PROVINCE@6:obl ,/,@12:punct "
        + "where/WRB@12:advmod turnout/NN@12:nsubj fell/VBD@8:acl:relcl ./.@2:punct");
    assertEquals(List.of("the vote was close in Ohio"), contents(doc));
  }

  /** "vowed to cut taxes and toured a plant": a past tense cannot join the infinitive; it is the speaker's act. */
  @Test
  void pastTenseBesideInfinitiveEndsContent() {
    Doc doc = Docs.doc("Jones/NNP/PERSON@2:nsubj vowed/VBD/O/vow@0:root to/TO@4:mark cut/VB@2:xcomp "
        + "taxes/NNS@4:obj and/CC@7:cc toured/VBD@4:conj a/DT@9:det plant/NN@7:obj ./.@2:punct");
    assertEquals(List.of("to cut taxes"), contents(doc));
  }

  /** "said the state would be run by a board and follow the rules": the bare verb shares the modal; it stays. */
  @Test
  void bareVerbSharingModalStays() {
    Doc doc = Docs.doc("Lee/NNP/PERSON@2:nsubj said/VBD/O/say@0:root the/DT@4:det state/NN@7:nsubj:pass "
        + "would/MD@7:aux be/VB@7:aux:pass run/VBN@2:ccomp by/IN@10:case a/DT@10:det board/NN@7:obl "
        + "and/CC@12:cc follow/VB@7:conj the/DT@14:det rules/NNS@12:obj ./.@2:punct");
    assertEquals(List.of("the state would be run by a board and follow the rules"), contents(doc));
  }

  /** "says the mayor had to sell the farm but went on": "had to sell" is finite; the conjunct stays. */
  @Test
  void finiteConjunctBesideAuxiliaryInfinitiveStays() {
    Doc doc = Docs.doc("Lee/NNP/PERSON@2:nsubj says/VBZ/O/say@0:root the/DT@4:det mayor/NN@7:nsubj "
        + "had/VBD@7:aux to/TO@7:mark sell/VB@2:ccomp the/DT@9:det farm/NN@7:obj but/CC@11:cc "
        + "went/VBD@7:conj on/RP@11:compound:prt ./.@2:punct");
    assertEquals(List.of("the mayor had to sell the farm but went on"), contents(doc));
  }

  /** "Pigs are considered unclean by many faiths": the by-phrase hung on the judgement is the passive's agent. */
  @Test
  void byPhraseClosingPassiveJudgementIsItsAgent() {
    Doc doc = Docs.doc("Pigs/NNS@3:nsubj:pass are/VBP@3:aux:pass considered/VBN/O/consider@0:root "
        + "unclean/JJ@3:xcomp by/IN@7:case many/JJ@7:amod faiths/NNS@4:obl ./.@3:punct");
    assertEquals(List.of("Pigs", "unclean"), contents(doc));
  }

  /** "insisted the vote was rigged even though fraud is rare": the concession is the writer's rebuttal. */
  @Test
  void evenThoughClauseIsAside() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj insisted/VBD/O/insist@0:root the/DT@4:det vote/NN@6:nsubj:pass "
        + "was/VBD@6:aux:pass rigged/VBN@2:ccomp even/RB@11:advmod though/IN@11:mark fraud/NN@11:nsubj "
        + "is/VBZ@11:cop rare/JJ@6:advcl ./.@2:punct");
    assertEquals(List.of("the vote was rigged"), contents(doc));
  }

  /** "alleged that the ads misled buyers — and several of them came to the hearing": the writer goes on. */
  @Test
  void dashAndNewSubjectEndsContent() {
    Doc doc = Docs.doc("Parents/NNS@2:nsubj alleged/VBD/O/allege@0:root that/IN@6:mark the/DT@5:det ads/NNS@6:nsubj "
        + "misled/VBD@2:ccomp buyers/NNS@6:obj —/:@13:punct and/CC@13:cc several/JJ@13:nsubj of/IN@12:case "
        + "them/PRP@10:nmod came/VBD@6:conj to/IN@16:case the/DT@16:det hearing/NN@13:obl ./.@2:punct");
    assertEquals(List.of("that the ads misled buyers"), contents(doc));
  }

  /** "agreed to lend the firm money, and the union also stepped in": an infinitive has no subject to share. */
  @Test
  void clauseWithOwnSubjectAfterInfinitiveEndsContent() {
    Doc doc = Docs.doc("Ortiz/NNP/PERSON@2:nsubj agreed/VBD/O/agree@0:root to/TO@4:mark lend/VB@2:xcomp "
        + "the/DT@6:det firm/NN@4:iobj money/NN@4:obj ,/,@13:punct and/CC@13:cc the/DT@11:det "
        + "union/NN@13:nsubj also/RB@13:advmod stepped/VBD@4:conj in/RP@13:compound:prt ./.@2:punct");
    assertEquals(List.of("to lend the firm money"), contents(doc));
  }

  /** "wants to know who paid and who approved the deal": the conjunct joins a clause of the content; it stays. */
  @Test
  void clauseWithOwnSubjectBesideInnerClauseStays() {
    Doc doc = Docs.doc("Kim/NNP/PERSON@2:nsubj wants/VBZ/O/want@0:root to/TO@4:mark know/VB@2:xcomp "
        + "who/WP@6:nsubj paid/VBD@4:ccomp and/CC@9:cc who/WP@9:nsubj approved/VBD@6:conj the/DT@11:det "
        + "deal/NN@9:obj ./.@2:punct");
    assertEquals(List.of("to know who paid and who approved the deal"), contents(doc));
  }
}
