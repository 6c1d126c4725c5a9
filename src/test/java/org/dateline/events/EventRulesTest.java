package org.dateline.events;

import org.dateline.config.ActorFiles;
import org.dateline.doc.Event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.entities.Docs;
import org.dateline.entities.EntityExtractor;
import org.dateline.doc.Doc;
import org.junit.jupiter.api.Test;

/** What is not an event, and who acts, on hand-parsed sentences: reports, background clauses, things as subjects. */
class EventRulesTest {

  private final EventExtractor extractor = new EventExtractor(Lexicon.load(null),
      ActorDictionary.load(null, ActorFiles.BUNDLED));

  private List<Event> events(String sentence) {
    Doc doc = Docs.doc(sentence);
    return extractor.extract(doc, new EntityExtractor().extract(doc), List.of());
  }

  @Test
  void aReportWithNoEventIsAStatementToWhomItsContentNames() {
    List<Event> e = events("Frodo/NNP/PERSON>1:nsubj said/VBD/O/say>-1:root he/PRP>3:nsubj has/VBZ/O/have>1:ccomp"
        + " satisfaction/NN/O/satisfaction>3:obj toward/IN>6:case Gondor/NNP/LOCATION>4:nmod");
    assertEquals(1, e.size(), e.toString());
    assertEquals("010", e.get(0).coding().code());
    assertEquals("Frodo", e.get(0).actor().text());
    assertEquals("Gondor", e.get(0).target().text());
  }

  @Test
  void aReportNamingNoOneIsNoEvent() {
    assertEquals(List.of(), events("Ministry/NNP/ORGANIZATION>1:nsubj said/VBD/O/say>-1:root"
        + " deaths/NNS/O/death>4:nsubj were/VBD>4:cop higher/JJR/O/high>1:ccomp"));
  }

  @Test
  void aPastEventThatOnlyDatesAnotherIsBackground() {
    List<Event> e = events("Arnor/NNP/LOCATION>1:nsubj restored/VBD/O/restore>-1:root ties/NNS/O/tie>1:obj"
        + " with/IN>4:case Gondor/NNP/LOCATION>2:nmod after/IN>7:mark Rohan/NNP/LOCATION>7:nsubj"
        + " burned/VBD/O/burn>2:acl embassy/NN/O/embassy>7:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("05", e.get(0).coding().root());
  }

  @Test
  void aConditionIsNoEvent() {
    List<Event> e = events("Russia/NNP/LOCATION>1:nsubj threatened/VBD/O/threaten>-1:root if/IN>4:mark"
        + " Georgia/NNP/LOCATION>4:nsubj attacks/VBZ/O/attack>1:advcl Abkhazia/NNP/LOCATION>4:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("13", e.get(0).coding().root());
  }

  @Test
  void anActDoesNothingItsPartiesDo() {
    List<Event> e = events("Resumption/NN/O/resumption>6:nsubj of/IN>2:case ties/NNS/O/tie>0:nmod"
        + " between/IN>4:case Arnor/NNP/LOCATION>2:nmod may/MD>6:aux spur/VB/O/spur>-1:root"
        + " reconciliation/NN/O/reconciliation>6:obj with/IN>9:case Rohan/NNP/LOCATION>7:nmod");
    assertEquals(1, e.size(), e.toString());
    assertEquals("Arnor", e.get(0).actor().text());
    assertEquals(List.of(), events("embargo/NN/O/embargo>3:nsubj against/IN>2:case Mordor/NNP/LOCATION>0:nmod"
        + " warned/VBD/O/warn>-1:root"));
  }

  @Test
  void coordinatedNamesModifyingAGroupAreItsMembers() {
    List<Event> e = events("Romendacil/NNP/PERSON>1:nsubj met/VBD/O/meet>-1:root Eriadori/NNP/LOCATION>5:compound"
        + " and/CC>4:cc Calenardhon/NNP/LOCATION>2:conj leaders/NNS/O/leader>1:obj");
    assertEquals(2, e.size(), e.toString());
    assertEquals("Eriadori", e.get(0).target().text());
    assertEquals("Calenardhon", e.get(1).target().text());
  }

  @Test
  void aMedalWonInSportIsNoEvent() {
    assertEquals(List.of(), events("Korea/NNP/LOCATION>1:nsubj grabbed/VBD/O/grab>-1:root gold/NN/O/gold>1:obj"));
  }
}
