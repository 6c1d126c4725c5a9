package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Constructions of attribution without a verb of saying, on hand-parsed documents: no CoreNLP needed. */
class QuoteRecallTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** "Republicans were critical of the plan": the adjective's prepositional object, held by its subject. */
  @Test
  void stanceAdjectiveWithObject() {
    Doc doc = Docs.doc("Republicans/NNPS/ORGANIZATION@3:nsubj were/VBD/O/be@3:cop critical/JJ@0:root "
        + "of/IN@6:case the/DT@6:det plan/NN@3:obl ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the plan", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Republicans", rows.get(0).speaker().text());
    assertEquals("critical", rows.get(0).cue().lemma());
  }

  /** "His aides are optimistic that he will win": the that-clause; "lawmakers nervous about the vote": reduced. */
  @Test
  void stanceAdjectiveWithClauseAndReduced() {
    Doc doc = Docs.doc("His/PRP$@2:nmod:poss aides/NNS@4:nsubj are/VBP/O/be@4:cop optimistic/JJ@0:root "
        + "that/IN@8:mark he/PRP@8:nsubj will/MD@8:aux win/VB@4:ccomp ./.@4:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that he will win", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("His aides", rows.get(0).speaker().text());
    Doc reduced = Docs.doc("He/PRP@2:nsubj reassured/VBD/O/reassure@0:root lawmakers/NNS@2:obj "
        + "nervous/JJ@3:amod about/IN@7:case the/DT@7:det vote/NN@4:obl ./.@2:punct");
    List<Quote> held = extract(reduced).stream().filter(q -> q.cue().lemma().equals("nervous")).toList();
    assertEquals(1, held.size(), extract(reduced).toString());
    assertEquals("the vote", reduced.text(held.get(0).start(), held.get(0).end()));
    assertEquals("lawmakers", held.get(0).speaker().text());
  }

  /** "She was eager to talk about Trump": the infinitive is a cue of its own; "the room was open to all": none. */
  @Test
  void stanceAdjectiveLeavesCueInfinitiveAlone() {
    Doc doc = Docs.doc("She/PRP@3:nsubj was/VBD/O/be@3:cop eager/JJ@0:root to/TO@5:mark "
        + "talk/VB/O/talk@3:xcomp about/IN@7:case Trump/NNP/PERSON@5:obl ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("talk", rows.get(0).cue().lemma());
    Doc open = Docs.doc("The/DT@2:det room/NN@4:nsubj was/VBD/O/be@4:cop open/JJ@0:root to/IN@6:case "
        + "all/DT@4:obl ./.@4:punct");
    assertEquals(List.of(), extract(open));
  }

  /** "Despite complaints that he lies, Smith won": a noun of speech with its that-clause, no possessor. */
  @Test
  void unownedNounOfSpeech() {
    Doc doc = Docs.doc("Despite/IN@2:case complaints/NNS/O/complaint@8:obl that/IN@5:mark he/PRP@5:nsubj "
        + "lies/VBZ/O/lie@2:acl ,/,@8:punct Smith/NNP/PERSON@8:nsubj won/VBD/O/win@0:root ./.@8:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that he lies", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("", rows.get(0).speaker().text());
    Doc from = Docs.doc("It/PRP@2:nsubj followed/VBD/O/follow@0:root an/DT@4:det admission/NN@2:obj "
        + "from/IN@6:case Warren/NNP/PERSON@4:nmod that/IN@11:mark the/DT@9:det law/NN@11:nsubj "
        + "would/MD@11:aux fail/VB@4:acl ./.@2:punct");
    List<Quote> admitted = extract(from);
    assertEquals(1, admitted.size(), admitted.toString());
    assertEquals("that the law would fail", from.text(admitted.get(0).start(), admitted.get(0).end()));
    assertEquals("Warren", admitted.get(0).speaker().text());
  }

  /** "policies, which he said had harmed the economy": the relative pronoun is a piece of what was said. */
  @Test
  void relativePronounIsAPiece() {
    Doc doc = Docs.doc("Trump/NNP/PERSON@2:nsubj repealed/VBD/O/repeal@0:root policies/NNS@2:obj ,/,@3:punct "
        + "which/WDT@7:obj he/PRP@7:nsubj said/VBD/O/say@3:acl:relcl had/VBD/O/have@9:aux harmed/VBN/O/harm@7:dep "
        + "the/DT@11:det economy/NN@9:obj ./.@2:punct");
    List<String> pieces = extract(doc).stream().map(q -> doc.text(q.start(), q.end())).toList();
    assertEquals(List.of("which", "had harmed the economy"), pieces);
  }

  /** 'cited "Obama" policies, which he said had harmed ...': a scare-quote before a relative cue is not its content. */
  @Test
  void relativeCueAfterAQuotedWord() {
    Doc doc = Docs.doc("Trump/NNP/PERSON@2:nsubj cited/VBD/O/cite@0:root \"/``@4:punct Obama/NNP@6:compound "
        + "\"/''@4:punct policies/NNS@2:obj ,/,@6:punct which/WDT@10:obj he/PRP@10:nsubj "
        + "said/VBD/O/say@6:acl:relcl had/VBD/O/have@12:aux harmed/VBN/O/harm@10:dep the/DT@14:det "
        + "economy/NN@12:obj ./.@2:punct");
    List<String> pieces = extract(doc).stream().filter(q -> q.cue().lemma().equals("say"))
        .map(q -> doc.text(q.start(), q.end())).toList();
    assertEquals(List.of("which", "had harmed the economy"), pieces);
  }

  /** "Rubio congratulated Trump", "Putin chided Turkey": verbs of judgment take their object as content. */
  @Test
  void judgmentVerbTakesObject() {
    Doc doc = Docs.doc("Rubio/NNP/PERSON@2:nsubj congratulated/VBD/O/congratulate@0:root Trump/NNP/PERSON@2:obj "
        + "./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Trump", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Rubio", rows.get(0).speaker().text());
    Doc chided = Docs.doc("Putin/NNP/PERSON@2:nsubj chided/VBD/O/chide@0:root Turkey/NNP/COUNTRY@2:obj ./.@2:punct");
    assertEquals(1, extract(chided).size(), extract(chided).toString());
  }

  /** "The implication, according to the aide, is clear": set off inside its sentence, two pieces. */
  @Test
  void accordingToInsideTheSentenceGivesTwoPieces() {
    Doc doc = Docs.doc("The/DT@2:det implication/NN@10:nsubj ,/,@10:punct according/VBG@7:case to/IN@4:fixed "
        + "the/DT@7:det aide/NN@10:obl ,/,@10:punct is/VBZ/O/be@10:cop clear/JJ@0:root ./.@10:punct");
    List<Quote> rows = extract(doc);
    assertEquals(List.of("The implication", "is clear"), rows.stream().map(q -> doc.text(q.start(), q.end())).toList());
    assertEquals("the aide", rows.get(1).speaker().text());
  }

  /** "Obama called for reducing the rate": the gerund the parser files as an adverbial clause is the topic. */
  @Test
  void gerundAfterTopicPreposition() {
    Doc doc = Docs.doc("Obama/NNP/PERSON@2:nsubj called/VBD/O/call@0:root for/IN@4:case reducing/VBG/O/reduce@2:advcl "
        + "the/DT@6:det rate/NN@4:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("reducing the rate", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Obama", rows.get(0).speaker().text());
  }
}
