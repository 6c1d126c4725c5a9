package org.dateline.events;

import java.util.List;
import org.dateline.doc.Event;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What is not an event, and who acts, on hand-parsed sentences: reports, background clauses, things as subjects. */
class EventRulesTest {

  private final HandParsedEvents parsed = new HandParsedEvents();

  @Test
  void aReportWithNoEventIsAStatementToWhomItsContentNames() {
    List<Event> e = parsed.events("Frodo/NNP/PERSON@2:nsubj said/VBD/O/say@0:root he/PRP@4:nsubj has/VBZ/O/have@2:ccomp"
        + " satisfaction/NN/O/satisfaction@4:obj toward/IN@7:case Gondor/NNP/LOCATION@5:nmod");
    assertEquals(1, e.size(), e.toString());
    assertEquals("010", e.get(0).coding().code());
    assertEquals("Frodo", e.get(0).actor().text());
    assertEquals("Gondor", e.get(0).target().text());
  }

  @Test
  void aReportNamingNoOneIsNoEvent() {
    assertEquals(List.of(), parsed.events("Ministry/NNP/ORGANIZATION@2:nsubj said/VBD/O/say@0:root"
        + " deaths/NNS/O/death@5:nsubj were/VBD@5:cop higher/JJR/O/high@2:ccomp"));
  }

  @Test
  void aPastEventThatOnlyDatesAnotherIsBackground() {
    List<Event> e = parsed.events("Arnor/NNP/LOCATION@2:nsubj restored/VBD/O/restore@0:root ties/NNS/O/tie@2:obj"
        + " with/IN@5:case Gondor/NNP/LOCATION@3:nmod after/IN@8:mark Rohan/NNP/LOCATION@8:nsubj"
        + " burned/VBD/O/burn@3:acl embassy/NN/O/embassy@8:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("05", e.get(0).coding().root());
  }

  @Test
  void aConditionIsNoEvent() {
    List<Event> e = parsed.events("Russia/NNP/LOCATION@2:nsubj threatened/VBD/O/threaten@0:root if/IN@5:mark"
        + " Georgia/NNP/LOCATION@5:nsubj attacks/VBZ/O/attack@2:advcl Abkhazia/NNP/LOCATION@5:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("13", e.get(0).coding().root());
  }

  @Test
  void anActDoesNothingItsPartiesDo() {
    List<Event> e = parsed.events("Resumption/NN/O/resumption@7:nsubj of/IN@3:case ties/NNS/O/tie@1:nmod"
        + " between/IN@5:case Arnor/NNP/LOCATION@3:nmod may/MD@7:aux spur/VB/O/spur@0:root"
        + " reconciliation/NN/O/reconciliation@7:obj with/IN@10:case Rohan/NNP/LOCATION@8:nmod");
    assertEquals(1, e.size(), e.toString());
    assertEquals("Arnor", e.get(0).actor().text());
    assertEquals(List.of(), parsed.events("embargo/NN/O/embargo@4:nsubj against/IN@3:case Mordor/NNP/LOCATION@1:nmod"
        + " warned/VBD/O/warn@0:root"));
  }

  @Test
  void coordinatedNamesModifyingAGroupAreItsMembers() {
    List<Event> e = parsed.events("Romendacil/NNP/PERSON@2:nsubj met/VBD/O/meet@0:root Eriadori/NNP/LOCATION@6:compound"
        + " and/CC@5:cc Calenardhon/NNP/LOCATION@3:conj leaders/NNS/O/leader@2:obj");
    assertEquals(2, e.size(), e.toString());
    assertEquals("Eriadori", e.get(0).target().text());
    assertEquals("Calenardhon", e.get(1).target().text());
  }

  @Test
  void aMedalWonInSportIsNoEvent() {
    assertEquals(List.of(), parsed.events("Korea/NNP/LOCATION@2:nsubj grabbed/VBD/O/grab@0:root gold/NN/O/gold@2:obj"));
  }
}
