package org.dateline.entities;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Docs;
import org.dateline.doc.Mention;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bare weekdays resolved by the tense of their clause, on hand-built documents published Friday 2026-01-30. */
class TenseTest {

  private final EntityExtractor extractor = new EntityExtractor(Demonyms.load());

  private List<String> values(String... sentences) {
    return extractor.extract(Docs.doc(sentences)).mentions().stream()
        .filter(m -> Mention.TEMPORAL_TYPES.contains(m.type())).map(Mention::normalized).toList();
  }

  @Test
  void aWeekdayInThePastTenseIsTheLastOne() {
    assertEquals(List.of("2026-01-27"), values(
        "Talks/NNS collapsed/VBD on/IN Tuesday/NNP/DATE=2026-02-03 ./."));
  }

  @Test
  void aWeekdayUnderAModalOrAPlanIsTheNextOne() {
    assertEquals(List.of("2026-02-03"), values(
        "The/DT group/NN might/MD come/VB as/RB soon/RB as/IN Tuesday/NNP/DATE=2026-02-03 ./."));
    assertEquals(List.of("2026-02-03"), values(
        "Protesters/NNS planned/VBD/O/plan a/DT rally/NN on/IN Tuesday/NNP/DATE=2026-02-03 ./."));
    assertEquals(List.of("2026-02-03"), values(
        "Officials/NNS are/VBP/O/be expected/VBN/O/expect to/TO decide/VB Tuesday/NNP/DATE=2026-02-03 ./."));
  }

  @Test
  void anInfinitiveTakesTheTenseOfItsVerb() {
    assertEquals(List.of("2026-01-27"), values(
        "Ministers/NNS voted/VBD to/TO support/VB the/DT plan/NN Tuesday/NNP/DATE=2026-02-03 ./."));
  }

  @Test
  void aPossessiveWeekdayOrAParticipleModifierIsPast() {
    assertEquals(List.of("2026-01-27"), values(
        "They/PRP would/MD appeal/VB Tuesday/NNP/DATE=2026-02-03 's/POS ruling/NN ./."));
    assertEquals(List.of("2026-01-27"), values(
        "A/DT rally/NN planned/VBN/O/plan for/IN Tuesday/NNP/DATE=2026-02-03 was/VBD canceled/VBN ./."));
  }

  @Test
  void anInfinitiveWithNoVerbToPlanItIsPast() {
    assertEquals(List.of("2026-01-27"), values(
        "The/DT first/JJ countries/NNS to/TO join/VB on/IN Tuesday/NNP/DATE=2026-02-03 were/VBD small/JJ ./."));
  }

  @Test
  void aSentenceOpeningNowIsNoTime() {
    assertEquals(List.of(), values("Now/RB/DATE=PRESENT_REF ,/, the/DT question/NN is/VBZ open/JJ ./."));
    assertEquals(List.of("PRESENT_REF"), values("Now/RB/DATE=PRESENT_REF officials/NNS say/VBP so/RB ./."));
  }
}
