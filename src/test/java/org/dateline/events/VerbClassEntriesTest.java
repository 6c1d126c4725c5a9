package org.dateline.events;

import java.util.List;
import org.dateline.doc.Event;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19's lexicon entries and shared roles, on hand-parsed sentences. */
class VerbClassEntriesTest {

  private final Lexicon lexicon = Lexicon.load(null);
  private final HandParsedEvents parsed = new HandParsedEvents();

  @Test
  void envoysPresentingCredentialsConsultAndEachTakesTheSharedRole() {
    List<Event> e =
        parsed.events("The/DT@2:det ambassadors/NNS/O/ambassador@7:nsubj of/IN@4:case France/NNP/COUNTRY@2:nmod"
        + " and/CC@6:cc Egypt/NNP/COUNTRY@4:conj presented/VBD/O/present@0:root credentials/NNS/O/credentials@7:obj"
        + " to/IN@10:case Italy/NNP/COUNTRY@7:obl");
    assertEquals(2, e.size(), e.toString());
    assertEquals("040", e.get(0).coding().code());
    assertEquals(List.of("FRAGOV", "EGYGOV"), e.stream().map(x -> x.actor().code()).toList());
    assertEquals(List.of("France", "Egypt"), e.stream().map(x -> x.actor().text()).toList());
  }

  @Test
  void playingDownIsRejection() {
    List<Event> e = parsed.events("France/NNP/COUNTRY@2:nsubj downplayed/VBD/O/downplay@0:root the/DT@5:det"
        + " Egyptian/JJ/NATIONALITY@5:amod claims/NNS/O/claim@2:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("12", e.get(0).coding().root());
  }

  @Test
  void coActorsActingOnWhatTheyShareActOnEachOther() {
    List<Event> e = parsed.events("France/NNP/COUNTRY@5:nsubj and/CC@3:cc Egypt/NNP/COUNTRY@1:conj have/VBP@5:aux"
        + " downplayed/VBN/O/downplay@0:root their/PRP$/O/they@7:nmod:poss meeting/NN/O/meeting@5:obj");
    assertEquals(List.of("FRA>EGY", "EGY>FRA"),
        e.stream().map(x -> x.actor().code() + ">" + x.target().code()).toList());
    assertEquals("12", e.get(0).coding().root());
    // not their own thing: no target is made up
    List<Event> other = parsed.events("France/NNP/COUNTRY@5:nsubj and/CC@3:cc Egypt/NNP/COUNTRY@1:conj have/VBP@5:aux"
        + " downplayed/VBN/O/downplay@0:root the/DT@7:det meeting/NN/O/meeting@5:obj");
    assertEquals(List.of("FRA>", "EGY>"),
        other.stream().map(x -> x.actor().code() + ">" + x.target().code()).toList());
  }

  @Test
  void openingBordersToPeopleLetsThemIn() {
    List<Event> e = parsed.events("Benin/NNP/COUNTRY@2:nsubj opened/VBD/O/open@0:root its/PRP$/O/its@4:nmod:poss"
        + " borders/NNS/O/border@2:obj to/IN@6:case refugees/NNS/O/refugee@2:obl");
    assertEquals(1, e.size(), e.toString());
    assertEquals("075", e.get(0).coding().code());
    assertEquals("AID", e.get(0).coding().plover());
  }

  @Test
  void aThingLeadingIntoAPlaceStandsForThatPlace() {
    List<Event> e = parsed.events("France/NNP/COUNTRY@3:nsubj has/VBZ@3:aux cordoned/VBN/O/cordon@0:root"
        + " off/RP@3:compound:prt the/DT@6:det roads/NNS/O/road@3:obj leading/VBG/O/lead@6:acl"
        + " into/IN@9:case Egypt/NNP/COUNTRY@7:obl");
    assertEquals(1, e.size(), e.toString());
    assertEquals("Egypt", e.get(0).target().text());
    assertEquals("EGY", e.get(0).target().code());
  }

  @Test
  void forcingRefugeesOutIsExpulsionNotCuttingAid() {
    assertTrue(lexicon.patterns("force").stream()
        .anyMatch(p -> p.code().equals("174") && p.rule().startsWith("dateline-patterns")));
    // 174 is COERCE, which withheld-types.tsv withholds: no row, and no SANCTION row either
    assertEquals(List.of(), parsed.events("Israel/NNP/COUNTRY@2:nsubj forced/VBD/O/force@0:root"
        + " refugees/NNS/O/refugee@2:obj out/RP@2:compound:prt"));
  }

  @Test
  void whatTalksAreAimedAtIsNoEventAndTheAimingNoIntent() {
    List<Event> e = parsed.events("Arnor/NNP/COUNTRY@2:nsubj held/VBD/O/hold@0:root talks/NNS/O/talk@2:obj"
        + " with/IN@5:case Gondor/NNP/COUNTRY@3:nmod aimed/VBN/O/aim@3:acl at/IN@8:mark ending/VBG/O/end@6:advcl"
        + " the/DT@10:det war/NN/O/war@8:obj");
    assertTrue(e.stream().noneMatch(x -> x.triggerLemma().equals("end") || x.triggerLemma().equals("aim")),
        e.toString());
  }

  @Test
  void aDemandVerbsAppealPatternIsTheParallelDemand() {
    List<Event> e = parsed.events("France/NNP/COUNTRY@2:nsubj demanded/VBD/O/demand@0:root immediate/JJ@4:amod"
        + " elections/NNS/O/election@2:obj");
    assertEquals(1, e.size(), e.toString());
    assertEquals("1041", e.get(0).coding().code());
    assertEquals("REQUEST", e.get(0).coding().plover());
  }

  @Test
  void aDemandIsAimedAtThePartyOfTheActDemanded() {
    List<Event> e = parsed.events("France/NNP/COUNTRY@2:nsubj demanded/VBD/O/demand@0:root the/DT@4:det"
        + " withdrawal/NN/O/withdrawal@2:obj of/IN@7:case Egyptian/JJ/NATIONALITY@7:amod forces/NNS/O/force@4:nmod"
        + " from/IN@9:case Libya/NNP/COUNTRY@4:nmod");
    assertEquals(1, e.size(), e.toString());
    assertEquals("10", e.get(0).coding().root());
    assertEquals("Egyptian forces", e.get(0).target().text());
  }

  @Test
  void verbsWhoseBareUseIsNoEventCodeNothingWithoutAPattern() {
    assertEquals(List.of(), parsed.events("France/NNP/COUNTRY@2:nsubj risked/VBD/O/risk@0:root"
        + " Italian/JJ/NATIONALITY@4:amod sanctions/NNS/O/sanction@2:obj"));
    assertEquals(List.of(), parsed.events("France/NNP/COUNTRY@2:nsubj overcame/VBD/O/overcome@0:root"
        + " Italian/JJ/NATIONALITY@4:amod opposition/NN/O/opposition@2:obj"));
    assertEquals(List.of(), parsed.events("France/NNP/COUNTRY@2:nsubj broke/VBD/O/break@0:root the/DT@4:det"
        + " Italian/JJ/NATIONALITY@5:amod record/NN/O/record@2:obj"));
  }

  @Test
  void theOpenComplementOfARelativeClauseIsBackground() {
    List<Event> e =
        parsed.events("France/NNP/COUNTRY@2:nsubj backed/VBD/O/back@0:root a/DT@4:det resolution/NN/O/resolution@2:obj"
        + " that/WDT@6:nsubj aims/VBZ/O/aim@4:acl:relcl to/TO@8:mark tighten/VB/O/tighten@6:xcomp"
        + " sanctions/NNS/O/sanction@8:obj");
    assertTrue(e.stream().noneMatch(x -> x.triggerLemma().equals("tighten")), e.toString());
  }

  @Test
  void anOrderToDoSomethingIsADemand() {
    List<Event> e = parsed.events("France/NNP/COUNTRY@2:nsubj ordered/VBD/O/order@0:root Italy/NNP/COUNTRY@2:obj"
        + " to/TO@5:mark withdraw/VB/O/withdraw@2:xcomp");
    assertTrue(e.stream().anyMatch(x -> x.coding().code().equals("100")), e.toString());
  }

  @Test
  void aRelativeClauseInThePastPerfectIsBackground() {
    List<Event> e = parsed.events("France/NNP/COUNTRY@2:nsubj freed/VBD/O/free@0:root soldiers/NNS/O/soldier@2:obj"
        + " whom/WP@7:obj Italy/NNP/COUNTRY@7:nsubj had/VBD@7:aux attacked/VBN/O/attack@3:acl:relcl");
    assertTrue(e.stream().noneMatch(x -> x.triggerLemma().equals("attack")), e.toString());
    List<Event> recent = parsed.events("France/NNP/COUNTRY@2:nsubj freed/VBD/O/free@0:root soldiers/NNS/O/soldier@2:obj"
        + " whom/WP@6:obj Italy/NNP/COUNTRY@6:nsubj attacked/VBD/O/attack@3:acl:relcl");
    assertTrue(recent.stream().anyMatch(x -> x.triggerLemma().equals("attack")), recent.toString());
  }
}
