package org.dateline.events;

import java.util.List;
import org.dateline.doc.Event;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19's precision rules, on hand-parsed sentences: planners, aims, undirected cooperation, PLOVER AGREE. */
class PrecisionRulesTest {

  private final HandParsedEvents parsed = new HandParsedEvents();

  @Test
  void aVerbOfPlanningIsItsComplementsMoodNotAnAct() {
    List<Event> e =
        parsed.events("Arnor/NNP/LOCATION@2:nsubj plans/VBZ/O/plan@0:root to/TO@4:mark visit/VB/O/visit@2:xcomp"
        + " Gondor/NNP/LOCATION@4:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("visit", e.get(0).triggerLemma());
    assertEquals("planned", e.get(0).modality());
  }

  @Test
  void cooperationWithNoOneAsTargetIsNoEvent() {
    assertEquals(List.of(), parsed.events("Arnor/NNP/LOCATION@2:nsubj enhanced/VBD/O/enhance@0:root"
        + " freedoms/NNS/O/freedom@2:obj"));
    assertEquals(1, parsed.events("Arnor/NNP/LOCATION@2:nsubj met/VBD/O/meet@0:root Gondor/NNP/LOCATION@2:obj").size());
  }

  @Test
  void aGroupMeetingAmongItselfIsAnEvent() {
    List<Event> e = parsed.events("Gondor/NNP/LOCATION@2:compound leaders/NNS/O/leader@3:nsubj met/VBD/O/meet@0:root");
    assertEquals(1, e.size(), e.toString());
    assertEquals("04", e.get(0).coding().root());
  }

  @Test
  void aBareFutureOfCooperationIsPloverAgreeButKeepsItsCameoCode() {
    List<Event> e = parsed.events("Arnor/NNP/LOCATION@3:nsubj will/MD@3:aux visit/VB/O/visit@0:root"
        + " Gondor/NNP/LOCATION@3:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("04", e.get(0).coding().root());
    assertEquals("AGREE", e.get(0).coding().plover());
    assertTrue(e.get(0).confidence() > 0, e.toString());
  }
}
