package org.dateline.entities;

import java.util.List;
import java.util.stream.Collectors;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Docs;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entity stage on hand-built documents: grouping, nominals, pronouns, date repairs. No models needed. */
class EntityExtractorTest {

  private final EntityExtractor extractor = new EntityExtractor(Demonyms.load());

  private static Entity named(EntityTable t, String name) {
    return t.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + t.entities()));
  }

  @Test
  void shortNameJoinsTheFullNameAndTheFullestNameWins() {
    EntityTable t = extractor.extract(Docs.doc(
        "Zelensky/NNP/PERSON rejects/VBZ talks/NNS",
        "President/NNP/TITLE Volodymyr/NNP/PERSON Zelensky/NNP/PERSON spoke/VBD ./."));
    assertEquals(1, t.entities().size());
    Entity z = named(t, "Volodymyr Zelensky");
    assertEquals("PERSON:volodymyr zelensky", z.key());
    assertEquals(2, z.mentions());
    assertTrue(z.aliases().contains("Zelensky"));
    assertTrue(z.aliases().contains("President Volodymyr Zelensky"));
  }

  @Test
  void nominalLinksToThePersonWithTheMatchingTitleAndCountry() {
    EntityTable t = extractor.extract(Docs.doc(
        "Ukraine/NNP/COUNTRY 's/POS President/NNP/TITLE Volodymyr/NNP/PERSON Zelensky/NNP/PERSON met/VBD "
            + "Russian/JJ/NATIONALITY President/NNP/TITLE Vladimir/NNP/PERSON Putin/NNP/PERSON ./.",
        "The/DT Ukrainian/JJ/NATIONALITY president/NN/TITLE left/VBD ./.",
        "The/DT Ukrainian/JJ/NATIONALITY leader/NN/TITLE spoke/VBD ./."));
    Entity z = named(t, "Volodymyr Zelensky");
    assertTrue(z.aliases().contains("The Ukrainian president"), z.aliases().toString());
    assertTrue(z.aliases().contains("The Ukrainian leader"), z.aliases().toString());
    assertEquals(3, z.mentions());
    assertEquals(1, named(t, "Vladimir Putin").mentions());
  }

  @Test
  void nominalWithoutAMatchingPersonIsNotAMention() {
    EntityTable t = extractor.extract(Docs.doc(
        "Zelensky/NNP/PERSON thanked/VBD the/DT mediator/NN/TITLE ./."));
    assertEquals(List.of("name"), t.mentions().stream().map(Mention::kind).toList());
  }

  @Test
  void pronounNeedsAnAntecedentAndTakesTheNearestPerson() {
    EntityTable alone = extractor.extract(Docs.doc("He/PRP/PERSON said/VBD so/RB ./."));
    assertTrue(alone.mentions().isEmpty(), "a bare 'he' is never a PERSON on its own");

    EntityTable t = extractor.extract(Docs.doc(
        "Putin/NNP/PERSON met/VBD Zelensky/NNP/PERSON ./.",
        "He/PRP/PERSON left/VBD ./."));
    Mention he = t.mentions().stream().filter(m -> m.kind().equals(Mention.PRONOUN)).findFirst().orElseThrow();
    assertEquals(named(t, "Zelensky").entityId(), he.entityId());
  }

  @Test
  void monthAndDayRangeBecomeOneRange() {
    EntityTable t = extractor.extract(Docs.doc(
        "Talks/NNS were/VBD on/IN Jan./NNP/DATE=2026-01 23-24/CD/DATE=******23|******24 ./."));
    assertEquals(1, t.mentions().size());
    Mention m = t.mentions().get(0);
    assertEquals("Jan. 23-24", m.text());
    assertEquals("2026-01-23/2026-01-24", m.normalized());
  }

  @Test
  void prepositionalFollowingIsAVagueDurationNotNextWeek() {
    EntityTable t = extractor.extract(Docs.doc(
        "strikes/NNS following/VBG/DATE=2026-W06 weeks/NNS/DATE=2026-W06 of/IN crackdown/NN"));
    Mention m = t.mentions().get(0);
    assertEquals("weeks", m.text());
    assertEquals("DURATION", m.type());
    assertEquals("PXW", m.normalized());
  }

  @Test
  void aNameTaggedOnceIsAMentionWhereverItRecurs() {
    EntityTable t = extractor.extract(Docs.doc(
        "invite/VB him/PRP to/TO Kyiv/NNP ./.",
        "talks/NNS in/IN Kyiv/NNP/CITY ./."));
    Entity kyiv = named(t, "Kyiv");
    assertEquals(2, kyiv.mentions());
    assertEquals("CITY", kyiv.subtype());
  }

  @Test
  void placesGroupByCountrySoAbbreviationsJoinTheFullName() {
    EntityTable t = extractor.extract(Docs.doc(
        "U.S./NNP/COUNTRY officials/NNS met/VBD ./.",
        "the/DT United/NNP/COUNTRY States/NNP/COUNTRY of/IN/COUNTRY America/NNP/COUNTRY agreed/VBD"));
    assertEquals(1, t.entities().size());
    assertEquals("LOCATION:united states", t.entities().get(0).key());
  }

  @Test
  void idsFollowTextOrderAndAreStable() {
    String[] doc = {"Putin/NNP/PERSON met/VBD Trump/NNP/PERSON in/IN Moscow/NNP/CITY ./."};
    EntityTable a = extractor.extract(Docs.doc(doc));
    EntityTable b = extractor.extract(Docs.doc(doc));
    assertEquals(a, b);
    assertEquals("e1,e2,e3", a.entities().stream().map(Entity::entityId).collect(Collectors.joining(",")));
    assertEquals("m1,m2,m3", a.mentions().stream().map(Mention::mentionId).collect(Collectors.joining(",")));
  }

  @Test
  void adjacentPlacePartsAreOnePlace() {
    EntityTable t = extractor.extract(Docs.doc(
        "held/VBN in/IN Washington/NNP/CITY D.C./NNP/STATE_OR_PROVINCE and/CC Mexico/NNP/COUNTRY City/NNP/CITY"));
    assertEquals(List.of("Washington D.C.", "Mexico City"), t.mentions().stream().map(Mention::text).toList());
    assertEquals("CITY", named(t, "Mexico City").subtype());
  }

  @Test
  void aWordOfAPersonsFullNameIsThatPerson() {
    EntityTable t = extractor.extract(Docs.doc(
        "Paris/NNP/PERSON Hilton/NNP/PERSON arrived/VBD ./.",
        "Paris/NNP/CITY smiled/VBD ./."));
    assertEquals(1, t.entities().size());
    assertEquals(2, named(t, "Paris Hilton").mentions());
  }

  private String value(String sentence) {
    List<Mention> m = extractor.extract(Docs.doc(sentence)).mentions();
    return m.isEmpty() ? null : m.get(0).normalized();
  }

  @Test
  void timeValuesFollowNewsConventions() {
    // Published Friday 2026-01-30: a bare weekday is the last one, unless the sentence says "will".
    assertEquals("2026-01-27", value("talks/NNS on/IN Tuesday/NNP/DATE=2026-02-03 failed/VBD"));
    assertEquals("2026-02-03", value("they/PRP will/MD meet/VB on/IN Tuesday/NNP/DATE=2026-02-03"));
    assertEquals("2024", value("two/CD/DATE=2024-01-30 years/NNS/DATE=2024-01-30 ago/RB/DATE=2024-01-30"));
    assertEquals("19", value("the/DT/DATE=19XX 20th/JJ/DATE=19XX century/NN/DATE=19XX"));
    assertEquals("1985", value("in/IN 1985/CD/DATE=1985|1987"));
    assertEquals(null, value("once/RB/DATE=PAST_REF upon/IN a/DT time/NN"));
  }
}
