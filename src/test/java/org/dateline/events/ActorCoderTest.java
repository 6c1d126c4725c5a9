package org.dateline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.config.ActorFiles;
import org.dateline.doc.Participant;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CAMEO actor codes of participants, with the bundled models/events/actors.tsv and agents.tsv. */
class ActorCoderTest {

  private static final ActorCoder CODER = new ActorCoder(ActorDictionary.load(null, ActorFiles.BUNDLED));
  private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2026, 1, 30));

  private static String code(String text) {
    return CODER.code(text, "", DAY);
  }

  @Test
  void aDemonymOrCountryAndARoleNounMakeCountryPlusAgent() {
    assertEquals("RUSCOP", code("Russian police"));
    assertEquals("ISRMIL", code("the Israeli army"));
    assertEquals("UKR", code("Ukraine"));
    assertEquals("USAGOV", code("US officials"));
    assertEquals("UKRGOV", code("the Ukrainian president"));
    assertEquals("GBRGOV", code("Britain's foreign minister"));
    assertEquals("PSE", code("Palestinians"), "a demonym's plural");
    assertEquals("USAMIL", code("U.S.-led forces"), "a hyphen separates words");
  }

  @Test
  void anAgentWithoutACountryIsDashes() {
    assertEquals("---GOV", code("a senior official"));
    assertEquals("---GOV", code("the ministry"));
    assertEquals("---REB", code("the rebels"));
  }

  @Test
  void anInstitutionsCodeAlreadyHoldsItsAgent() {
    assertEquals("RUSGOV", code("Kremlin aide Yuri Ushakov"));
    assertEquals("USAMIL", code("the Pentagon"));
    assertEquals("IGOUNO", code("the United Nations"));
  }

  @Test
  void theFirstNameInThePhraseIsTheAffiliation() {
    assertEquals("USAGOV", code("US Secretary of State Antony Blinken"));
    assertEquals("RUSMIL", code("Russian forces in Ukraine"));
  }

  @Test
  void aPronounIsCodedThroughTheEntityItResolvesTo() {
    assertEquals("UKR", CODER.code("it", "Ukraine", DAY));
    assertEquals("", CODER.code("he", "Yuri Ushakov", DAY), "a person the dictionary does not know");
  }

  @Test
  void lowerCaseUsIsAPronounNotTheUnitedStates() {
    assertEquals("", code("us"));
    assertEquals("USA", code("the US"));
  }

  @Test
  void aLongerPhraseWinsAndPlacesBeforeOrAfter() {
    assertEquals("---OPP", code("the opposition leader"));
    assertEquals("NGOUSA", ActorCoder.combine("USA", List.of(new AgentCode("NGO", true))));
    assertEquals("USAGOV", ActorCoder.combine("USAGOV", List.of(new AgentCode("GOV", false))),
        "an agent already in the code is not added twice");
  }

  /** The header of actors.tsv says its countries are the JDK's; this keeps that true. */
  @Test
  void everyCountryOfTheJdkIsCodedByItsEnglishNameAsCameoWritesIt() {
    for (String iso : Locale.getISOCountries()) {
      Locale country = new Locale("", iso);
      String expected = country.getISO3Country().equals("ROU") ? "ROM" : country.getISO3Country();
      assertEquals(expected, code(country.getDisplayCountry(Locale.ENGLISH)), country.getDisplayCountry());
    }
  }

  @Test
  void aParticipantWithoutAPhraseHasNoCode() {
    assertEquals("", CODER.coded(Participant.NONE, DAY).code());
    assertEquals("", code(""));
  }
}
