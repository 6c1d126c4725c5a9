package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Mention;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The name rules of issue 19 on hand-built documents (no models): shapes, places inside names, ships, one type per
 * name, people in lists, churches. Each test names the construction, never a name of the development sets.
 */
class NameRulesTest {

  private final EntityExtractor extractor = new EntityExtractor(Demonyms.load());

  /** "TYPE text" of every name mention, in text order. */
  private List<String> names(Doc doc) {
    return extractor.extract(doc).mentions().stream().filter(m -> m.kind().equals(Mention.NAME))
        .filter(m -> EntityTypes.isName(m.type())).map(m -> m.type() + " " + m.text()).toList();
  }

  @Test
  void aPlaceWithoutACapitalIsNoName() {
    assertEquals(List.of(), names(Docs.doc("Sales/NNS rose/VBD 12/CD -/HYPH fold/NN/LOCATION ./.")));
  }

  @Test
  void anAbbreviationTakesBackThePeriodTheSentenceTook() {
    Doc doc = Docs.doc("She/PRP flew/VBD to/TO the/DT U.S/NNP/COUNTRY ./.");
    // CoreNLP keeps "U.S." as the word and gives the period to the sentence.
    assertEquals(List.of("LOCATION U.S."), names(renamed(doc, "U.S", "U.S.")));
  }

  @Test
  void anOrganizationNamedForABuildingIsAPlace() {
    assertEquals(List.of("LOCATION Harbour Towers"), names(Docs.doc(
        "He/PRP was/VBD taken/VBN to/TO the/DT Harbour/NNP/ORGANIZATION Towers/NNPS/ORGANIZATION ./.")));
  }

  @Test
  void aPlaceAfterAnInstitutionAndOfIsPartOfTheOrganization() {
    assertEquals(List.of("ORGANIZATION Dental Journal of Norway"), names(Docs.doc(
        "The/DT study/NN appeared/VBD this/DT week/NN in/IN the/DT Dental/NNP/ORGANIZATION "
            + "Journal/NNP/ORGANIZATION of/IN Norway/NNP/COUNTRY ./.")));
    assertEquals(List.of("ORGANIZATION Food Council of Norway and Sweden"), names(Docs.doc(
        "We/PRP have/VBP convinced/VBN the/DT Food/NNP Council/NNP of/IN Norway/NNP/COUNTRY and/CC "
            + "Sweden/NNP/COUNTRY that/IN salt/NN should/MD be/VB iodised/VBN ./.")));
  }

  @Test
  void aPlaceRunIntoAnUntaggedNameWordIsDropped() {
    assertEquals(List.of(), names(Docs.doc(
        "Fans/NNS joined/VBD the/DT Oslo/NNP/CITY Ghostbusters/NNPS at/IN the/DT fair/NN ./.")));
    assertEquals(List.of("LOCATION Oslo"), names(Docs.doc("Fans/NNS gathered/VBD in/IN Oslo/NNP/CITY on/IN "
        + "the/DT pier/NN ./.")));
  }

  @Test
  void aShipIsNoPlaceAnywhereInTheArticle() {
    assertEquals(List.of(), names(Docs.doc(
        "She/PRP lived/VBD on/IN the/DT cruise/NN ship/NN ,/, Seabird/NNP/LOCATION ./.",
        "On/IN board/NN the/DT Seabird/NNP/LOCATION ,/, she/PRP worked/VBD ./.")));
  }

  @Test
  void aPersonCutShortTakesBackTheWordOfTheNameTaggedElsewhere() {
    assertEquals(List.of("PERSON Bram Vos", "PERSON Bram Vos", "PERSON Bram Vos"), names(Docs.doc(
        "Bram/VBZ Vos/NNP/PERSON scored/VBD ./.",
        "Then/RB Bram/NNP/ORGANIZATION Vos/NNP/ORGANIZATION scored/VBD again/RB ./.",
        "Bram/VBZ Vos/NNP/PERSON left/VBD ./.")));
  }

  @Test
  void aSurnameAloneIsThePersonNamedInFull() {
    assertEquals(List.of("PERSON Tom Marsh", "PERSON Marsh"), names(Docs.doc(
        "Tom/NNP/PERSON Marsh/NNP/PERSON starred/VBD ./.",
        "Critics/NNS liked/VBD the/DT Marsh/NN/MISC video/NN ./.")));
  }

  @Test
  void aLowerCaseParticleStaysInsideTheName() {
    assertEquals(List.of("PERSON Rafa del Pino", "PERSON Rafa del Pino"), names(Docs.doc(
        "Coach/NN Rafa/NNP/PERSON del/NNP/PERSON Pino/NNP/PERSON spoke/VBD ./.",
        "Later/RB ,/, Rafa/NNP del/NNP Pino/NNP left/VBD ./.")));
  }

  @Test
  void aNameListedWithPeopleByAConjunctionIsAPerson() {
    assertEquals(List.of("PERSON Ann Lee", "PERSON Bob Stone"), names(Docs.doc(
        "Attempts/NNS came/VBD from/IN Ann/NNP/PERSON Lee/NNP/PERSON and/CC Bob/NNP/ORGANIZATION "
            + "Stone/NNP/ORGANIZATION ./.")));
    assertEquals(List.of("PERSON Ann Lee", "ORGANIZATION Oslo Desk"), names(Docs.doc(
        "By/IN Ann/NNP/PERSON Lee/NNP/PERSON ,/, Oslo/NNP/ORGANIZATION Desk/NNP/ORGANIZATION ./.")));
  }

  @Test
  void namesAPluralInstitutionNounIntroducesAreOrganizations() {
    assertEquals(List.of("ORGANIZATION Santa Rosa", "ORGANIZATION Addolorata"), names(Docs.doc(
        "The/DT court/NN ruled/VBD on/IN the/DT schools/NNS Santa/NNP/ORGANIZATION Rosa/NNP/ORGANIZATION and/CC "
            + "Addolorata/NNP/PERSON in/IN the/DT city/NN ./.")));
  }

  @Test
  void aChurchTaggedAsAFaithIsAnOrganizationAndSoIsItsShortName() {
    assertEquals(List.of("ORGANIZATION Church of Zeta", "ORGANIZATION Zeta", "ORGANIZATION Church"),
        names(Docs.doc(
            "The/DT Church/NNP/IDEOLOGY of/IN/IDEOLOGY Zeta/NNP/IDEOLOGY denied/VBD it/PRP ./.",
            "Zeta/NNP/RELIGION grew/VBD ./.",
            "The/DT Church/NNP says/VBZ so/RB ./.")));
    assertEquals(List.of(), names(Docs.doc("Zeta/NNP/RELIGION grew/VBD ./.")));
  }

  /** The document with one token's word replaced, its offsets kept (as CoreNLP does with abbreviations). */
  private static Doc renamed(Doc doc, String word, String newWord) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : doc.tokens()) {
      tokens.add(t.word().equals(word) ? new Token(t.index(), t.sentence(), newWord, t.lemma(), t.pos(), t.ner(),
          t.normalized(), t.start(), t.end()) : t);
    }
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      sentences.add(new Sentence(s.index(), s.start(), s.end(), s.section(),
          tokens.subList(s.firstToken(), s.endToken()), s.dependencies()));
    }
    return new Doc(doc.article(), sentences, tokens, doc.spans());
  }
}
