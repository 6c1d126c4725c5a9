package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import org.dateline.config.ActorFiles;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Event;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events stage on hand-parsed documents (no CoreNLP): coding, participants, mood, sections, quotes. */
class EventExtractorTest {

  private static final Lexicon LEXICON = Lexicon.load(null);
  private final EventExtractor extractor = new EventExtractor(LEXICON,
      ActorDictionary.load(null, ActorFiles.BUNDLED));

  private List<Event> events(Doc doc, List<Quote> quotes) {
    return extractor.extract(doc, new EntityExtractor(Demonyms.load()).extract(doc), quotes);
  }

  private List<Event> events(String... sentences) {
    return events(Docs.doc(sentences), List.of());
  }

  @Test
  void rejectionOfAProposalTargetsWhoeverMadeIt() {
    List<Event> e = events("Zelensky/NNP/PERSON@2:nsubj rejected/VBD/O/reject@0:root Kremlin/NNP/ORGANIZATION@5:nmod:poss"
        + " 's/POS@3:case proposal/NN/O/proposal@2:obj");
    assertEquals(1, e.size(), e.toString());
    Event r = e.get(0);
    assertEquals("12", r.coding().root());
    assertEquals("REJECT", r.coding().plover());
    assertEquals(3, r.coding().quadClass());
    assertEquals("Zelensky", r.actor().text());
    assertEquals("Zelensky", r.actor().name());
    assertEquals("Kremlin", r.target().text());
    assertEquals("2026-01-30", r.date());
    assertEquals(Event.DATE_PUBLISHED, r.dateSource());
    assertTrue(r.rule().contains("reject") || r.rule().contains("PROPOSAL"), r.rule());
    assertEquals("asserted", r.modality());
  }

  @Test
  void aNegatedAttackIsNoEvent() {
    assertEquals(List.of(), events("Russia/NNP/LOCATION@4:nsubj will/MD@4:aux not/RB@4:advmod"
        + " attack/VB/O/attack@0:root Ukraine/NNP/LOCATION@4:obj"));
  }

  @Test
  void notWithdrawingIsARefusalToYield() {
    Event e = events("Russia/NNP/LOCATION@4:nsubj will/MD@4:aux not/RB@4:advmod withdraw/VB/O/withdraw@0:root"
        + " troops/NNS/O/troop@4:obj").get(0);
    assertTrue(e.negated());
    assertEquals("planned", e.modality());
    assertEquals("124", e.coding().code());
    assertEquals("Russia", e.actor().text());
  }

  @Test
  void whatTheSubjectReceivedWasGivenByTheOtherSide() {
    Event e = events("Ukraine/NNP/LOCATION@2:nsubj received/VBD/O/receive@0:root a/DT@4:det loan/NN/O/loan@2:obj"
        + " from/IN@7:case the/DT@7:det IMF/NNP/ORGANIZATION@2:obl").get(0);
    assertEquals("071", e.coding().code());
    assertEquals("the IMF", e.actor().text());
    assertEquals("Ukraine", e.target().text());
  }

  @Test
  void aPossibleAttackIsAThreat() {
    Event e = events("Russia/NNP/LOCATION@3:nsubj may/MD@3:aux attack/VB/O/attack@0:root"
        + " Ukraine/NNP/LOCATION@3:obj").get(0);
    assertEquals("possible", e.modality());
    assertEquals("138", e.coding().code());
    assertEquals("THREATEN", e.coding().plover());
    assertTrue(e.rule().contains("intent"), e.rule());
  }

  @Test
  void aReportIsNotAStatementEventButWhatItReportsIs() {
    List<Event> e = events("Zelensky/NNP/PERSON@2:nsubj said/VBD/O/say@0:root Russia/NNP/LOCATION@4:nsubj"
        + " attacked/VBD/O/attack@2:ccomp Ukraine/NNP/LOCATION@4:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("19", e.get(0).coding().root());
    assertEquals("Russia", e.get(0).actor().text());
  }

  @Test
  void passiveAgentIsTheActor() {
    Event e = events("Ukraine/NNP/LOCATION@3:nsubj:pass was/VBD@3:aux:pass attacked/VBN/O/attack@0:root"
        + " by/IN@5:case Russia/NNP/LOCATION@3:obl").get(0);
    assertEquals("Russia", e.actor().text());
    assertEquals("Ukraine", e.target().text());
  }

  @Test
  void talksHeldSomewhereOnADayAreAConsultation() {
    Event e = events("Ukrainian/JJ/NATIONALITY@2:amod officials/NNS/O/official@3:nsubj held/VBD/O/hold@0:root"
        + " talks/NNS/O/talk@3:obj in/IN@6:case Moscow/NNP/LOCATION@3:obl on/IN@8:case"
        + " Thursday/NNP/DATE=2026-02-05@3:obl").get(0);
    assertEquals("040", e.coding().code());
    assertEquals("CONSULT", e.coding().plover());
    assertEquals("held talks", e.trigger());
    assertEquals("Ukrainian officials", e.actor().text());
    assertEquals("Moscow", e.location().text());
    assertEquals("2026-01-29", e.date(), "a bare weekday is the last one before publication");
    assertEquals(Event.DATE_FROM_TEXT, e.dateSource());
  }

  @Test
  void anUnnamedActorGivesNoRow() {
    assertEquals(List.of(), events("crowds/NNS/O/crowd@2:nsubj attacked/VBD/O/attack@0:root"
        + " embassy/NN/O/embassy@2:obj"));
  }

  @Test
  void noEventsFromTheAuthorsBio() {
    Doc body = Docs.doc("Russia/NNP/LOCATION@2:nsubj attacked/VBD/O/attack@0:root Ukraine/NNP/LOCATION@2:obj");
    List<Sentence> bio = new ArrayList<>();
    for (Sentence s : body.sentences()) {
      bio.add(new Sentence(s.index(), s.start(), s.end(), Section.BIO, s.tokens(), s.dependencies()));
    }
    Doc doc = new Doc(body.article(), bio, body.tokens(), body.spans());
    assertEquals(1, events(body, List.of()).size());
    assertEquals(List.of(), events(doc, List.of()));
  }

  @Test
  void eventsInsideAQuoteKeepItsId() {
    Doc doc = Docs.doc("Zelensky/NNP/PERSON@2:nsubj said/VBD/O/say@0:root Russia/NNP/LOCATION@4:nsubj"
        + " attacked/VBD/O/attack@2:ccomp Ukraine/NNP/LOCATION@4:obj");
    int start = doc.tokens().get(2).start();
    int end = doc.tokens().get(4).end();
    Quote.Cue said = new Quote.Cue("say", doc.tokens().get(1).start(), doc.tokens().get(1).end());
    List<Event> e = events(doc, List.of(new Quote("q1", Quote.INDIRECT, start, end, Quote.Speaker.NONE, said, "", 0,
        Section.BODY)));
    Event attack = e.stream().filter(x -> x.coding().root().equals("19")).findFirst().orElseThrow();
    assertEquals("q1", attack.quoteId());
    assertTrue(e.stream().filter(x -> x.coding().isStatement()).count() <= 1, e.toString());
  }

  @Test
  void aJointActIsOneEventButCompoundTargetsAreOneRowEach() {
    List<Event> met = events("Jordan/NNP/LOCATION@4:nsubj and/CC@3:cc Britain/NNP/LOCATION@1:conj"
        + " met/VBD/O/meet@0:root");
    assertEquals(1, met.size(), met.toString());
    assertEquals("Jordan and Britain", met.get(0).actor().text());
    List<Event> attacked = events("Russia/NNP/LOCATION@2:nsubj attacked/VBD/O/attack@0:root"
        + " Ukraine/NNP/LOCATION@2:obj and/CC@5:cc Georgia/NNP/LOCATION@3:conj");
    assertEquals(2, attacked.size(), attacked.toString());
    assertEquals("Ukraine", attacked.get(0).target().text());
    assertEquals("Georgia", attacked.get(1).target().text());
  }

  @Test
  void diplomaticCooperationAmongCoActorsIsOneRowEachWay() {
    List<Event> agree = events("France/NNP/LOCATION@4:nsubj and/CC@3:cc Italy/NNP/LOCATION@1:conj"
        + " agree/VBP/O/agree@0:root");
    assertEquals(2, agree.size(), agree.toString());
    assertEquals("05", agree.get(0).coding().root());
    assertEquals("France", agree.get(0).actor().text());
    assertEquals("Italy", agree.get(0).target().text());
    assertEquals("Italy", agree.get(1).actor().text());
    assertEquals("France", agree.get(1).target().text());
  }
}
