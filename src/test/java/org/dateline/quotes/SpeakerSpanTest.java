package org.dateline.quotes;

import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words of a speaker mention, on hand-parsed documents: no CoreNLP needed. */
class SpeakerSpanTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private Quote only(Doc doc) {
    List<Quote> rows = quotes.extract(doc, entities.extract(doc));
    assertEquals(1, rows.size(), rows.toString());
    return rows.get(0);
  }

  /** "This Wednesday the foreign minister said ...": the date is when, not part of who. */
  @Test
  void leadingDateIsNoPartOfTheSpeaker() {
    Doc doc = Docs.doc("This/DT/DATE@2:det Wednesday/NNP/DATE@5:compound the/DT@5:det foreign/JJ@5:amod "
        + "minister/NN@6:nsubj said/VBD/O/say@0:root prices/NNS@9:nsubj will/MD@9:aux rise/VB@6:ccomp ./.@6:punct");
    assertEquals("the foreign minister", only(doc).speaker().text());
  }

  /** "This Thursday the commission criticized ..." parsed with the date as subject: the noun is the source. */
  @Test
  void dateSubjectGivesWayToTheNearestNoun() {
    Doc doc = Docs.doc("This/DT/DATE@2:det Thursday/NNP/DATE@5:nsubj the/DT@4:det commission/NN@5:obl:tmod "
        + "said/VBD/O/say@0:root prices/NNS@8:nsubj will/MD@8:aux rise/VB@5:ccomp ./.@5:punct");
    assertEquals("the commission", only(doc).speaker().text());
  }

  /** "Last week said ..." with nothing else before the cue: no speaker rather than a date. */
  @Test
  void dateOnlySubjectIsNoSpeaker() {
    Doc doc = Docs.doc("Last/JJ/DATE@2:amod week/NN/DATE@3:nsubj said/VBD/O/say@0:root prices/NNS@6:nsubj "
        + "will/MD@6:aux rise/VB@3:ccomp ./.@3:punct");
    assertEquals(false, only(doc).hasSpeaker());
  }

  /** "Smith, also on television, said ...": the aside after the comma is not the name. */
  @Test
  void commaAfterTheHeadEndsTheSpeaker() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@7:nsubj ,/,@1:punct also/RB@5:advmod on/IN@5:case "
        + "television/NN@1:nmod ,/,@1:punct said/VBD/O/say@0:root prices/NNS@10:nsubj will/MD@10:aux "
        + "rise/VB@7:ccomp ./.@7:punct");
    assertEquals("Smith", only(doc).speaker().text());
  }

  /** "Smith, 53, said ...": an age after the name is no part of it. */
  @Test
  void ageAfterTheNameIsCut() {
    Doc doc = Docs.doc("Smith/NNP/PERSON@5:nsubj ,/,@1:punct 53/CD@1:amod ,/,@1:punct said/VBD/O/say@0:root "
        + "prices/NNS@8:nsubj will/MD@8:aux rise/VB@5:ccomp ./.@5:punct");
    assertEquals("Smith", only(doc).speaker().text());
  }

  /** "Citing the rules, officials said ..." with the participle hung on the subject: the clause is not the speaker. */
  @Test
  void frontedParticipleIsNoPartOfTheSpeaker() {
    Doc doc = Docs.doc("Citing/VBG@6:amod the/DT@3:det rules/NNS@1:obj ,/,@6:punct U.S./NNP/COUNTRY@6:compound "
        + "officials/NNS@7:nsubj said/VBD/O/say@0:root prices/NNS@10:nsubj will/MD@10:aux rise/VB@7:ccomp "
        + "./.@7:punct");
    assertEquals("U.S. officials", only(doc).speaker().text());
  }

  /** "The Commission (USC) said ...": the bracket the name opens is closed. */
  @Test
  void bracketIsClosed() {
    Doc doc = Docs.doc("The/DT@2:det Commission/NNP/ORGANIZATION@6:nsubj (/-LRB-@4:punct "
        + "USC/NNP/ORGANIZATION@2:appos )/-RRB-@4:punct said/VBD/O/say@0:root prices/NNS@9:nsubj "
        + "will/MD@9:aux rise/VB@6:ccomp ./.@6:punct");
    assertEquals("The Commission", only(doc).speaker().text());
    Doc inside = Docs.doc("The/DT@2:det Commission/NNP/ORGANIZATION@6:nsubj (/-LRB-@4:punct "
        + "USC/NNP/ORGANIZATION@2:compound )/-RRB-@2:punct said/VBD/O/say@0:root prices/NNS@9:nsubj "
        + "will/MD@9:aux rise/VB@6:ccomp ./.@6:punct");
    assertEquals("The Commission ( USC )", only(inside).speaker().text());
  }

  /** "Monday saw police searching a block": a date subject of a verb that is not one of saying is no statement. */
  @Test
  void dateSubjectOfOtherVerbStaysNoStatement() {
    Doc doc = Docs.doc("Monday/NNP/DATE@2:nsubj saw/VBD/O/see@0:root police/NNS@2:obj searching/VBG@3:acl "
        + "a/DT@6:det block/NN@4:obj ./.@2:punct");
    assertEquals(List.of(), quotes.extract(doc, entities.extract(doc)));
  }
}
