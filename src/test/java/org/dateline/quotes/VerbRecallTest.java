package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verb cues outside the lexicon of saying, recognized by their construction, on hand-parsed documents. */
class VerbRecallTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** "We know that the plan failed": a verb of knowing with a finite clause; "It means ...": no holder, no row. */
  @Test
  void knowingWithFiniteClause() {
    Doc doc = Docs.doc("We/PRP@2:nsubj know/VBP/O/know@0:root that/IN@6:mark the/DT@5:det plan/NN@6:nsubj "
        + "failed/VBD/O/fail@2:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that the plan failed", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("We", rows.get(0).speaker().text());
    assertEquals("know", rows.get(0).cue().lemma());
    Doc it = Docs.doc("It/PRP@2:nsubj means/VBZ/O/mean@0:root the/DT@4:det plan/NN@5:nsubj "
        + "failed/VBD/O/fail@2:ccomp ./.@2:punct");
    assertEquals(List.of(), extract(it));
  }

  /** "Like owners who foresee gains, Schmidt said he was building a pool": the complement after the verb. */
  @Test
  void complementAfterTheVerbOverAFrontedClause() {
    Doc doc = Docs.doc("Like/IN@2:case owners/NNS@4:obl who/WP@4:nsubj foresee/VBP/O/foresee@8:ccomp "
        + "gains/NNS@4:obj ,/,@8:punct Schmidt/NNP/PERSON@8:nsubj said/VBD/O/say@0:root he/PRP@11:nsubj "
        + "was/VBD/O/be@11:aux building/VBG/O/build@8:ccomp a/DT@13:det pool/NN@11:obj ./.@8:punct");
    List<Quote> rows = extract(doc);
    assertTrue(rows.stream().anyMatch(q -> doc.text(q.start(), q.end()).equals("he was building a pool")
        && q.speaker().text().equals("Schmidt")), rows.toString());
  }

  /** "The fallout appears significant": the predicate and the subject, two pieces without a source. */
  @Test
  void appearanceWithPredicate() {
    Doc doc = Docs.doc("The/DT@2:det fallout/NN@3:nsubj appears/VBZ/O/appear@0:root significant/JJ@3:xcomp "
        + "./.@3:punct");
    List<String> rows = extract(doc).stream().map(q -> doc.text(q.start(), q.end())).sorted().toList();
    assertEquals(List.of("The fallout", "significant"), rows);
    Doc like = Docs.doc("The/DT@2:det idea/NN@3:nsubj seems/VBZ/O/seem@0:root like/IN@5:case "
        + "nonsense/NN@3:obl ./.@3:punct");
    List<String> liken = extract(like).stream().map(q -> like.text(q.start(), q.end())).sorted().toList();
    assertEquals(List.of("The idea", "nonsense"), liken);
  }

  /** "It seems likely that he wins": the clause; an empty "it" is no piece. */
  @Test
  void appearanceWithEmptySubject() {
    Doc doc = Docs.doc("It/PRP@2:nsubj seems/VBZ/O/seem@0:root likely/JJ@2:xcomp that/IN@6:mark he/PRP@6:nsubj "
        + "wins/VBZ/O/win@3:ccomp ./.@2:punct");
    List<String> rows = extract(doc).stream().map(q -> doc.text(q.start(), q.end())).toList();
    assertEquals(List.of("likely that he wins"), rows);
  }

  /** "Regulators considered Clarke a realistic option", parsed with "Clarke" the subject of a small clause. */
  @Test
  void smallClauseOfAVerbOfJudgment() {
    Doc doc = Docs.doc("Regulators/NNS@2:nsubj considered/VBD/O/consider@0:root Clarke/NNP/PERSON@6:nsubj "
        + "a/DT@6:det realistic/JJ@6:amod option/NN@2:xcomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Clarke a realistic option", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Regulators", rows.get(0).speaker().text());
  }

  /** "Smith voted against the bailout", "Jones responded to the request": the prepositional topic. */
  @Test
  void topicOfVotingAndResponding() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj voted/VBD/O/vote@0:root against/IN@5:case the/DT@5:det "
        + "bailout/NN@2:obl ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the bailout", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Smith", rows.get(0).speaker().text());
    Doc to = Docs.doc("Jones/NNP/PERSON@2:nsubj responded/VBD/O/respond@0:root to/IN@5:case the/DT@5:det "
        + "request/NN@2:obl ./.@2:punct");
    List<Quote> answered = extract(to);
    assertEquals(1, answered.size(), answered.toString());
    assertEquals("the request", to.text(answered.get(0).start(), answered.get(0).end()));
  }

  /** "Prices will rise sharply, the minister believes.": a verb of belief closes its sentence as "said" does. */
  @Test
  void trailingVerbOfBelief() {
    Doc doc = Docs.doc("Prices/NNS@3:nsubj will/MD@3:aux rise/VB/O/rise@0:root sharply/RB@3:advmod ,/,@3:punct "
        + "the/DT@7:det minister/NN@8:nsubj believes/VBZ/O/believe@3:dep ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Prices will rise sharply", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("the minister", rows.get(0).speaker().text());
  }

  /** "New polls released Sunday showed Clinton taking a lead", parsed with "showed" an auxiliary. */
  @Test
  void cueParsedAsAuxiliaryAfterReducedRelative() {
    Doc doc = Docs.doc("New/JJ@2:amod polls/NNS@3:nsubj released/VBN/O/release@0:root Sunday/NNP/DATE@3:obl:tmod "
        + "showed/VBD/O/show@7:aux Clinton/NNP/PERSON@7:nsubj taking/VBG/O/take@3:dep a/DT@9:det lead/NN@7:obj "
        + "./.@3:punct");
    List<Quote> rows = extract(doc).stream().filter(q -> q.cue().lemma().equals("show")).toList();
    assertEquals(1, rows.size(), extract(doc).toString());
    assertEquals("Clinton taking a lead", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("New polls", rows.get(0).speaker().text());
  }

  /** "The senator tried to blast the plan": the object of a cue that is the infinitive of a control verb. */
  @Test
  void objectOfAControlledInfinitive() {
    Doc doc = Docs.doc("The/DT@2:det senator/NN@3:nsubj tried/VBD/O/try@0:root to/TO@5:mark "
        + "blast/VB/O/blast@3:xcomp the/DT@7:det plan/NN@5:obj ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the plan", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("The senator", rows.get(0).speaker().text());
    assertEquals("blast", rows.get(0).cue().lemma());
  }
}
