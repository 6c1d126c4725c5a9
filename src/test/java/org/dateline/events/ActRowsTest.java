package org.dateline.events;

import java.util.List;
import org.dateline.doc.Event;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One act of several parties is one row per actor-target pair (GDELT's dyads, the PETRARCH suite's convention), and
 * its rows share the act's id, so it can be counted once (PLOVER's convention).
 */
class ActRowsTest {

  private final HandParsedEvents parsed = new HandParsedEvents();

  @Test
  void aJointSigningIsOneRowEachWayAndOneAct() {
    List<Event> e =
        parsed.events("France/NNP/COUNTRY@4:nsubj and/CC@3:cc Egypt/NNP/COUNTRY@1:conj signed/VBD/O/sign@0:root"
        + " a/DT@6:det treaty/NN/O/treaty@4:obj");
    assertEquals(List.of("FRA>EGY", "EGY>FRA"), e.stream().map(x -> x.actor().code() + ">" + x.target().code())
        .toList());
    assertEquals("05", e.get(0).coding().root());
    assertEquals(List.of("ev1", "ev1"), e.stream().map(Event::act).toList());
    assertTrue(e.get(0).firstOfAct());
    assertFalse(e.get(1).firstOfAct());
  }

  @Test
  void aCompoundTargetIsOneActAndAnotherVerbAnother() {
    List<Event> e = parsed.events("France/NNP/COUNTRY@2:nsubj condemned/VBD/O/condemn@0:root Egypt/NNP/COUNTRY@2:obj"
        + " and/CC@5:cc Libya/NNP/COUNTRY@3:conj and/CC@7:cc rejected/VBD/O/reject@2:conj"
        + " Italy/NNP/COUNTRY@7:obj");
    assertEquals(List.of("FRA>EGY", "FRA>LBY", "FRA>ITA"),
        e.stream().map(x -> x.actor().code() + ">" + x.target().code()).toList());
    assertEquals(List.of("ev1", "ev1", "ev3"), e.stream().map(Event::act).toList());
  }

  @Test
  void diplomaticTiesNeedAPolityOnTheOtherSide() {
    String restored = "France/NNP/COUNTRY@2:nsubj restored/VBD/O/restore@0:root diplomatic/JJ/O/diplomatic@4:amod"
        + " ties/NNS/O/tie@2:obj with/IN@6:case ";
    List<Event> country = parsed.events(restored + "Egypt/NNP/COUNTRY@4:nmod");
    assertEquals(List.of("FRA>EGY"), country.stream().map(x -> x.actor().code() + ">" + x.target().code()).toList());
    // a name the tagger reads as a person and no dictionary codes is no polity: no row
    assertEquals(List.of(), parsed.events(restored + "Veltria/NNP/PERSON@4:nmod"));
    // other acts towards such a name keep their rows
    assertEquals(1, parsed.events("France/NNP/COUNTRY@2:nsubj criticized/VBD/O/criticize@0:root"
        + " Veltria/NNP/PERSON@2:obj").size());
  }
}
