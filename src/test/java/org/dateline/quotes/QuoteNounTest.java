package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attributions cued by nouns and function words, on hand-parsed documents: no CoreNLP needed. */
class QuoteNounTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  /** Nouns derived from cue verbs carry their verb's class; a short stem derives nothing ("see" → "seal"). */
  @Test
  void nominalizationsFollowTheVerbLexicon() {
    assertTrue(Nominalization.ofSaying("conclusion"));
    assertTrue(Nominalization.ofSaying("declaration"));
    assertTrue(Nominalization.ofJudgment("condemnation"));
    assertTrue(Nominalization.ofJudgment("criticism"));
    assertTrue(Nominalization.ofIntent("refusal"));
    assertFalse(Nominalization.ofJudgment("seal"));
    assertFalse(Nominalization.ofSaying("table"));
  }

  /** "Comey's conclusion that she was careless": a derived noun of thinking with its possessor and clause. */
  @Test
  void derivedNounWithPossessorAndClause() {
    Doc doc = Docs.doc("Comey/NNP/PERSON@3:nmod:poss 's/POS@1:case conclusion/NN@0:root that/IN@7:mark "
        + "she/PRP@7:nsubj was/VBD/O/be@7:cop careless/JJ@3:acl ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that she was careless", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Comey", rows.get(0).speaker().text());
    assertEquals("conclusion", rows.get(0).cue().lemma());
  }

  /** "He made the suggestion that Trump should wait": a light verb with a derived noun; its subject speaks. */
  @Test
  void lightVerbWithDerivedNoun() {
    Doc doc = Docs.doc("He/PRP@2:nsubj made/VBD/O/make@0:root the/DT@4:det suggestion/NN@2:obj that/IN@8:mark "
        + "Trump/NNP/PERSON@8:nsubj should/MD@8:aux wait/VB@4:acl ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that Trump should wait", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("He", rows.get(0).speaker().text());
    assertEquals("make suggestion", rows.get(0).cue().lemma());
  }

  /** "Clinton is a supporter of Roe": an agent noun of a verb of judging as predicate; "is about the character of". */
  @Test
  void agentNounAsPredicate() {
    assertTrue(Nominalization.ofAgent("supporter"));
    assertTrue(Nominalization.ofAgent("critic"));
    assertTrue(Nominalization.ofAgent("opponent"));
    Doc doc = Docs.doc("Clinton/NNP/PERSON@4:nsubj is/VBZ/O/be@4:cop a/DT@4:det supporter/NN@0:root of/IN@6:case "
        + "Roe/NNP@4:nmod ./.@4:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Roe", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Clinton", rows.get(0).speaker().text());
    assertEquals("supporter", rows.get(0).cue().lemma());
    Doc about = Docs.doc("It/PRP@5:nsubj is/VBZ/O/be@5:cop about/IN@5:case the/DT@5:det supporter/NN@0:root "
        + "of/IN@7:case Roe/NNP@5:nmod ./.@5:punct");
    assertEquals(0, extract(about).size(), extract(about).toString());
  }

  /** "Weaver's declarations of victory": a derived noun of saying takes a topic; "his position on Cuba" does not. */
  @Test
  void derivedNounWithPossessorAndTopic() {
    Doc doc = Docs.doc("Weaver/NNP/PERSON@3:nmod:poss 's/POS@1:case declarations/NNS/O/declaration@0:root "
        + "of/IN@5:case victory/NN@3:nmod ./.@3:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("victory", doc.text(rows.get(0).start(), rows.get(0).end()));
    assertEquals("Weaver", rows.get(0).speaker().text());
    Doc position = Docs.doc("his/PRP$@2:nmod:poss position/NN@0:root on/IN@4:case Cuba/NNP/COUNTRY@2:nmod "
        + "./.@2:punct");
    assertEquals(0, extract(position).size(), extract(position).toString());
  }
}
