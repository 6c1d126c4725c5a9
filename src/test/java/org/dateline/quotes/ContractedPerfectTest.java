package org.dateline.quotes;

import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "He's said X" is a perfect; "It's said that X" stays a passive. */
class ContractedPerfectTest {

  @Test
  void personalPronounMakesThePerfect() {
    Doc doc = Docs.doc("He/PRP@3:nsubj:pass 's/VBZ/O/be@3:aux:pass said/VBN/O/say@0:root it/PRP@3:obj ./.@3:punct");
    assertTrue(ContractedPerfect.is(doc, new DepTree(doc.sentences().get(0)), 2));
  }

  @Test
  void impersonalSubjectStaysPassive() {
    Doc doc = Docs.doc("It/PRP@3:nsubj:pass 's/VBZ/O/be@3:aux:pass said/VBN/O/say@0:root ./.@3:punct");
    assertFalse(ContractedPerfect.is(doc, new DepTree(doc.sentences().get(0)), 2));
  }
}
