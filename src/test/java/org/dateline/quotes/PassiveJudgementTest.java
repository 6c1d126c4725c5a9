package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Judgements in the passive without a "by" agent, on hand-parsed documents: what is judged and the judgement are
 * two pieces of one attribution without a source, whatever shape the parser gives the judgement.
 */
class PassiveJudgementTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<String> pieces(Doc doc) {
    return quotes.extract(doc, entities.extract(doc)).stream().map(q -> doc.text(q.start(), q.end())).toList();
  }

  /** "The plan was criticized as reckless": an adjective after "as" is parsed as an adverbial clause. */
  @Test
  void adjectiveAfterAsIsJudgement() {
    Doc doc = Docs.doc("The/DT@2:det plan/NN@4:nsubj:pass was/VBD@4:aux:pass criticized/VBN/O/criticize@0:root "
        + "as/IN@6:case reckless/JJ@4:advcl ./.@4:punct");
    assertEquals(List.of("The plan", "as reckless"), pieces(doc));
  }

  /** "Moreau was dubbed the favourite": the second object of a verb of naming is the name given. */
  @Test
  void secondObjectIsJudgement() {
    Doc doc = Docs.doc("Moreau/NNP/PERSON@3:nsubj:pass was/VBD@3:aux:pass dubbed/VBN/O/dub@0:root "
        + "the/DT@5:det favourite/NN@3:obj ./.@3:punct");
    assertEquals(List.of("Moreau", "the favourite"), pieces(doc));
  }

  /** "Okafor is listed as the treasurer": an as-phrase makes any cue in the passive a judgement. */
  @Test
  void asPhraseMakesAnyCueAJudgement() {
    Doc doc = Docs.doc("Okafor/NNP/PERSON@3:nsubj:pass is/VBZ@3:aux:pass listed/VBN/O/list@0:root "
        + "as/IN@6:case the/DT@6:det treasurer/NN@3:obl ./.@3:punct");
    assertEquals(List.of("Okafor", "as the treasurer"), pieces(doc));
  }

  /** "The budget was listed in the report": without an as-phrase a listing judges nothing. */
  @Test
  void listingWithoutAsPhraseIsNoJudgement() {
    Doc doc = Docs.doc("The/DT@2:det budget/NN@4:nsubj:pass was/VBD@4:aux:pass listed/VBN/O/list@0:root "
        + "in/IN@7:case the/DT@7:det report/NN@4:obl ./.@4:punct");
    assertEquals(List.of(), pieces(doc));
  }
}
