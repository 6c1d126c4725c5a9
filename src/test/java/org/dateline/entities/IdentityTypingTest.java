package org.dateline.entities;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Mention;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Typing rules of issue 13's third round (one identity across the corpus) on hand-built documents, no models:
 * a name typed otherwise than its referent splits one entity's key across articles. Each test names the
 * construction, never a name of the development sets.
 */
class IdentityTypingTest {

  private final EntityExtractor extractor = new EntityExtractor(Demonyms.load());

  /** "TYPE text" of every name mention, in text order. */
  private List<String> names(Doc doc) {
    return extractor.extract(doc).mentions().stream().filter(m -> m.kind().equals(Mention.NAME))
        .filter(m -> EntityTypes.isName(m.type())).map(m -> m.type() + " " + m.text()).toList();
  }

  @Test
  void anInstitutionHeadAndAParticleOpenAnOrganizationNotAPerson() {
    // Read as "X de Y", a person; its last word would then make every "Lyon" of the article a person.
    assertEquals(List.of("LOCATION Lyon", "ORGANIZATION Conservatoire de Lyon", "LOCATION Lyon"), names(Docs.doc(
        "She/PRP was/VBD born/VBN in/IN Lyon/NNP/CITY ./.",
        "She/PRP studied/VBD at/IN the/DT Conservatoire/NNP/PERSON de/NNP/PERSON Lyon/NNP/PERSON ./.",
        "She/PRP returned/VBD to/TO Lyon/NNP/CITY ./.")));
  }

  @Test
  void anInstitutionTaggedAsAPlaceAndACityIsOneOrganization() {
    assertEquals(List.of("ORGANIZATION Conservatoire de Lyon"), names(Docs.doc(
        "She/PRP studied/VBD at/IN the/DT Conservatoire/NNP/LOCATION de/NNP/LOCATION Lyon/NNP/CITY ./.")));
  }

  @Test
  void aPersonWithAParticleStaysAPerson() {
    assertEquals(List.of("PERSON Marie de Lyon"), names(Docs.doc(
        "The/DT poet/NN Marie/NNP/PERSON de/NNP/PERSON Lyon/NNP/PERSON wrote/VBD it/PRP ./.")));
  }

  /** The key of each name mention's entity, in text order. */
  private List<String> keys(Doc doc) {
    org.dateline.doc.EntityTable t = extractor.extract(doc);
    return t.mentions().stream().filter(m -> m.kind().equals(Mention.NAME) && EntityTypes.isName(m.type()))
        .map(m -> t.entities().stream().filter(e -> e.entityId().equals(m.entityId())).findFirst().orElseThrow()
            .key()).toList();
  }

  @Test
  void aPlaceThatIsASideOfAScoreIsItsTeamThroughoutTheArticle() {
    assertEquals(List.of("LOCATION:norway (team)", "LOCATION:chile (team)", "LOCATION:norway (team)"), keys(Docs.doc(
        "Norway/NNP/COUNTRY 2/CD –/: 1/CD Chile/NNP/COUNTRY",
        "¶ Norway/NNP/COUNTRY scored/VBD early/RB ./.")));
    assertEquals(List.of("LOCATION:norway (team)", "LOCATION:chile (team)"), keys(Docs.doc(
        "Norway/NNP/COUNTRY 3-0/CD Chile/NNP/COUNTRY")));
  }

  @Test
  void aPlaceBeforeADateRangeIsThePlace() {
    assertEquals(List.of("LOCATION:bergen"), keys(Docs.doc(
        "The/DT summit/NN meets/VBZ in/IN Bergen/NNP/CITY 12-14/CD/DATE June/NNP/DATE ./.")));
  }

  @Test
  void aFaithWhoseMembersTheArticleCountsIsABodyWhereverItIsNamed() {
    assertEquals(List.of("ORGANIZATION Zoroastrianism", "ORGANIZATION Zoroastrianism"), names(Docs.doc(
        "He/PRP was/VBD a/DT member/NN of/IN Zoroastrianism/NNP/RELIGION for/IN years/NNS ./.",
        "A/DT lawyer/NN for/IN Zoroastrianism/NNP/RELIGION spoke/VBD ./.")));
    assertEquals(List.of(), names(Docs.doc(
        "He/PRP converted/VBD to/TO Zoroastrianism/NNP/RELIGION ./.")));
  }

  @Test
  void aMissedNameJoinedByAndToAnOrganizationIsAnOrganization() {
    assertEquals(List.of("ORGANIZATION Red Cross", "ORGANIZATION Open Commons", "ORGANIZATION Open Commons"),
        names(Docs.doc(
            "Their/PRP$ gifts/NNS went/VBD to/TO the/DT Red/NNP/ORGANIZATION Cross/NNP/ORGANIZATION and/CC "
                + "Open/NNP Commons/NNPS through/IN their/PRP$ website/NN ./.",
            "Their/PRP$ pages/NNS carry/VBP an/DT Open/NNP Commons/NNPS license/NN ./.")));
    assertEquals(List.of("ORGANIZATION Red Cross"), names(Docs.doc(
        "Their/PRP$ gifts/NNS went/VBD to/TO the/DT Red/NNP/ORGANIZATION Cross/NNP/ORGANIZATION and/CC "
            + "Oxfam/NNP through/IN their/PRP$ website/NN ./.")));
  }
}
