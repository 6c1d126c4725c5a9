package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reported clause whose predicate the parser cut off (issue 19, tails), on hand-parsed documents. */
class StrandedPredicateTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<String> contents(Doc doc) {
    return quotes.extract(doc, entities.extract(doc)).stream().map((Quote q) -> doc.text(q.start(), q.end())).toList();
  }

  /** "noted that the funds collected would go to schools": the parse ends the clause at "collected". */
  @Test
  void finiteVerbAfterClauseIsItsPredicate() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@2:nsubj noted/VBD/O/note@0:root that/IN@6:mark the/DT@5:det "
        + "funds/NNS@6:nsubj collected/VBN@2:ccomp would/MD@8:aux go/VB@2:parataxis to/IN@10:case "
        + "schools/NNS@8:obl ./.@2:punct");
    assertEquals(List.of("that the funds collected would go to schools"), contents(doc));
  }

  /** "The man who said it was over left early": a cue in a relative clause; "left" is the man's, not the content's. */
  @Test
  void verbAfterRelativeClauseIsTheSentences() {
    Doc doc = Docs.doc("The/DT@2:det man/NN@8:nsubj who/WP@4:nsubj said/VBD/O/say@2:acl:relcl it/PRP@7:nsubj "
        + "was/VBD@7:cop over/RB@4:ccomp left/VBD@0:root early/RB@8:advmod ./.@8:punct");
    assertEquals(List.of("it was over"), contents(doc));
  }
}
