package org.dateline.people;

import java.util.Map;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gender stage on hand-built documents, with a small hand-made lexicon: no models needed. */
class GenderStageTest {

  private static final EntityExtractor ENTITIES = new EntityExtractor(Demonyms.load());
  private static final GenderLexicon LEXICON = new GenderLexicon(
      Map.of("mary", "female", "john", "male", "andrea", "female", "kennedy", "female"),
      Map.of("mr", "male", "mrs", "female"), Map.of("chairwoman", "female", "actress", "female", "king", "male", "woman", "female"));
  private final GenderStage stage = new GenderStage(LEXICON);

  private EntityTable run(String... sentences) {
    Doc doc = Docs.doc(sentences);
    return stage.assign(doc, ENTITIES.extract(doc));
  }

  private static String gender(EntityTable t, String name) {
    Entity e = t.entities().stream().filter(x -> x.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + t.entities()));
    return e.gender() + "/" + e.genderSource();
  }

  @Test
  void theNameTableSpeaksWhenTheArticleSaysNothing() {
    EntityTable t = run("Mary/NNP/PERSON Smith/NNP/PERSON arrived/VBD ./.");
    assertEquals("female/name", gender(t, "Mary Smith"));
  }

  @Test
  void pronounsOverrideTheNameTable() {
    EntityTable t = run("Andrea/NNP/PERSON Rossi/NNP/PERSON arrived/VBD ./.", "He/PRP said/VBD his/PRP$ team/NN won/VBD ./.");
    assertEquals("male/pronoun", gender(t, "Andrea Rossi"));
  }

  @Test
  void aPronounGoesToTheClosestPersonItFits() {
    EntityTable t = run("Mary/NNP/PERSON Smith/NNP/PERSON met/VBD John/NNP/PERSON Brown/NNP/PERSON ./.",
        "She/PRP said/VBD she/PRP was/VBD glad/JJ ./.");
    assertEquals("female/pronoun", gender(t, "Mary Smith"));
    assertEquals("male/name", gender(t, "John Brown"));
  }

  @Test
  void honorificsAndRoleNounsAreTheArticlesOwnEvidence() {
    EntityTable t = run("Mrs/NNP Lee/NNP/PERSON spoke/VBD ./.", "+ The/DT actress/NN Ann/NNP/PERSON Ode/NNP/PERSON sang/VBD ./.",
        "+ Kim/NNP/PERSON Park/NNP/PERSON ,/, the/DT new/JJ chairwoman/NN ,/, left/VBD ./.");
    assertEquals("female/honorific", gender(t, "Lee"));
    assertEquals("female/title", gender(t, "Ann Ode"));
    assertEquals("female/title", gender(t, "Kim Park"));
  }

  @Test
  void conflictingEvidenceGivesNoGender() {
    EntityTable t = run("Mr/NNP Kim/NNP/PERSON Park/NNP/PERSON ,/, the/DT chairwoman/NN ,/, left/VBD ./.");
    assertEquals("/", gender(t, "Kim Park"));
  }

  @Test
  void aOneWordNameIsNotLookedUp() {
    EntityTable t = run("Kennedy/NNP/PERSON spoke/VBD ./.");
    assertEquals("/", gender(t, "Kennedy"));
  }

  @Test
  void aPronounAfterAnUnnamedPersonIsNotCountedForTheLastName() {
    EntityTable t = run("Ann/NNP/PERSON Ode/NNP/PERSON studied/VBD iodine/NN ./.",
        "+ If/IN the/DT pregnant/JJ woman/NN lacks/VBZ it/PRP ,/, she/PRP suffers/VBZ ./.");
    assertEquals("/", gender(t, "Ann Ode"));
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsVerb() {
    EntityTable t = run("Mary/NNP/PERSON Lee/NNP/PERSON met/VBD Ed/NNP/PERSON Ode/NNP/PERSON ./.",
        "+ Ode/NNP/PERSON described/VBD her/PRP warmly/RB ./.");
    assertEquals("female/pronoun", gender(t, "Mary Lee"));
    assertEquals("/", gender(t, "Ed Ode"));
  }

  @Test
  void aPronounInAnOpeningPhraseRefersToTheNameAfterIt() {
    EntityTable t = run("Mary/NNP/PERSON Lee/NNP/PERSON spoke/VBD ./.",
        "+ In/IN his/PRP$ speech/NN ,/, President/NNP/TITLE Ed/NNP/PERSON Ode/NNP/PERSON agreed/VBD ./.");
    assertEquals("male/pronoun", gender(t, "Ed Ode"));
    assertEquals("female/name", gender(t, "Mary Lee"));
  }
}
