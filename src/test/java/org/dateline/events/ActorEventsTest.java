package org.dateline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.config.ActorFiles;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.ActorCodes;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Event;
import org.dateline.doc.Participant;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Token;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Events take their participants' entity codes; "I" in a quote is its speaker; GDELT's split of a code. */
class ActorEventsTest {

  private static final ActorDictionary DICTIONARY = ActorDictionary.load(null, ActorFiles.BUNDLED);
  private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2026, 1, 30));

  /** Zelensky, introduced with his title, rejects a proposal; then, in his own quote, "I invite Putin". */
  private static final String[] ARTICLE = {
      "Ukraine/NNP/LOCATION@5:nmod:poss 's/POS@1:case President/NNP/TITLE@5:compound"
          + " Volodymyr/NNP/PERSON@5:compound Zelensky/NNP/PERSON@6:nsubj rejected/VBD/O/reject@0:root"
          + " the/DT@8:det proposal/NN/O/proposal@6:obj ./.@6:punct",
      "\"/``@3:punct I/PRP@3:nsubj invite/VBP/O/invite@0:root Putin/NNP/PERSON@3:obj ,/,@3:punct"
          + " \"/''@3:punct Zelensky/NNP/PERSON@8:nsubj said/VBD/O/say@3:parataxis ./.@3:punct"};

  @Test
  void aPersonHasHisEntitysCodeInEveryRowAndIInHisQuoteIsHim() {
    Doc doc = Docs.doc(ARTICLE);
    EntityTable table = new EntityActors(DICTIONARY).code(doc, new EntityExtractor(Demonyms.load()).extract(doc));
    Entity zelensky = table.entities().stream().filter(e -> e.name().equals("Volodymyr Zelensky")).findFirst()
        .orElseThrow();
    assertEquals("UKRGOV", zelensky.actorCode());
    List<Token> t = doc.tokens();
    List<Token> marks = t.stream().filter(x -> x.word().equals("\"")).toList();
    int open = marks.get(0).start();
    int close = marks.get(1).end();
    Token speaker = t.get(t.size() - 3);
    Quote q = new Quote("q1", Quote.DIRECT, open, close, new Quote.Speaker(speaker.word(), speaker.start(),
        speaker.end(), zelensky.entityId(), zelensky.name(), "PERSON"),
        new Quote.Cue("say", t.get(t.size() - 2).start(), t.get(t.size() - 2).end()), Quote.SYNTAX, 1, Section.BODY);
    List<Event> events = new EventExtractor(Lexicon.load(null), DICTIONARY).extract(doc, table, List.of(q));
    Event reject = events.stream().filter(e -> e.coding().root().equals("12")).findFirst().orElseThrow();
    assertEquals("UKRGOV", reject.actor().code());
    Event invite = events.stream().filter(e -> e.triggerLemma().equals("invite")).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("I", invite.actor().text());
    assertEquals(zelensky.entityId(), invite.actor().entityId());
    assertEquals("Volodymyr Zelensky", invite.actor().name());
    assertEquals("UKRGOV", invite.actor().code());
    assertEquals("Putin", invite.target().text());
  }

  @Test
  void aPhraseThatSaysMoreThanItsEntityKeepsItsOwnCode() {
    ActorCoder coder = new ActorCoder(DICTIONARY);
    Map<String, String> codes = Map.of("e1", "UKRGOV", "e2", "RUS");
    assertEquals("UKRGOV", coder.coded(new Participant("he", 3, "e1", "Volodymyr Zelensky", ""), DAY, codes).code());
    assertEquals("UKRGOV", coder.coded(new Participant("President Volodymyr Zelensky", 3, "e1",
        "Volodymyr Zelensky", ""), DAY, codes).code(), "not ---GOV from the phrase");
    assertEquals("RUSMIL", coder.coded(new Participant("the Russian army", 3, "e2", "Russia", ""), DAY, codes)
        .code());
    assertEquals("RUSCOP", coder.coded(new Participant("Russian police", 3, "", "", ""), DAY, codes).code());
  }

  @Test
  void aCodeSplitsIntoGdeltsCountryAndType() {
    assertEquals(List.of("UKR", "GOV"), split("UKRGOV"));
    assertEquals(List.of("RUS", "COP"), split("RUSCOP"));
    assertEquals(List.of("", "GOV"), split("---GOV"));
    assertEquals(List.of("UKR", ""), split("UKR"));
    assertEquals(List.of("", "IGO"), split("IGOUNO"));
    assertEquals(List.of("EUR", "IGO"), split("IGOEUREEC"));
    assertEquals(List.of("USA", "NGO"), split("NGOUSA"));
    assertEquals(List.of("GON", "MIL"), split("GONMIL"), "a user's country");
    assertEquals(List.of("HOB", "XYZ"), split("HOBXYZ"), "a user's own agent code after the country");
    assertEquals(List.of("", ""), split(""));
  }

  private static List<String> split(String code) {
    return List.of(ActorCodes.country(code), ActorCodes.type(code));
  }
}
