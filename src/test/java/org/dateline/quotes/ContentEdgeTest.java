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

/** Where reported content starts and ends (issue 19, fifth round), on hand-parsed documents. */
class ContentEdgeTest {

  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());
  private final QuoteExtractor quotes = new QuoteExtractor();

  private List<Quote> extract(Doc doc) {
    return quotes.extract(doc, entities.extract(doc));
  }

  private static String content(Doc doc, Quote q) {
    return doc.text(q.start(), q.end());
  }

  /** "He said the plan works — a message nobody heeded": a lone dash opens the writer's aside. */
  @Test
  void loneDashEndsTheContent() {
    Doc doc = Docs.doc("He/PRP@2:nsubj said/VBD/O/say@0:root the/DT@4:det plan/NN@5:nsubj works/VBZ/O/work@2:ccomp "
        + "—/:@8:punct a/DT@8:det message/NN@5:dep nobody/NN@10:nsubj heeded/VBD/O/heed@8:acl:relcl ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the plan works", content(doc, rows.get(0)));
  }

  /** 'He said — as reported by the paper — the plan works': a dash before the content pairs with the next one. */
  @Test
  void dashBeforeTheContentPairsWithTheNext() {
    Doc doc = Docs.doc("He/PRP@2:nsubj said/VBD/O/say@0:root —/:@12:punct as/IN@5:mark reported/VBN/O/report@12:advcl "
        + "by/IN@8:case the/DT@8:det paper/NN@5:obl —/:@12:punct the/DT@11:det plan/NN@12:nsubj "
        + "works/VBZ/O/work@2:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertTrue(content(doc, rows.get(0)).endsWith("the plan works"), content(doc, rows.get(0)));
  }

  /** "He said the plan — a new one — works": a pair of dashes encloses an aside inside the content. */
  @Test
  void pairedDashesStayInside() {
    Doc doc = Docs.doc("He/PRP@2:nsubj said/VBD/O/say@0:root the/DT@4:det plan/NN@10:nsubj —/:@8:punct a/DT@8:det "
        + "new/JJ@8:amod one/NN@4:appos —/:@8:punct works/VBZ/O/work@2:ccomp ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the plan — a new one — works", content(doc, rows.get(0)));
  }

  /**
   * "Republicans expressed concern about Trump": the light verb and its noun of stance are the cue ("expressed
   * concern about"), the topic alone the content, as for verbs that are no cue of their own ("made the point").
   */
  @Test
  void lightVerbNounBeforeObjectVerb() {
    Doc doc = Docs.doc("Republicans/NNPS/MISC@2:nsubj expressed/VBD/O/express@0:root concern/NN@2:obj "
        + "about/IN@5:case Trump/NNP/PERSON@3:nmod ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Trump", content(doc, rows.get(0)));
    assertEquals("express concern", rows.get(0).cue().lemma());
  }

  /** "They insist they give no support despite the name change": a closing phrase of circumstance is no content. */
  @Test
  void trailingDespiteIsTheWritersSetting() {
    Doc doc = Docs.doc("They/PRP@2:nsubj insist/VBP/O/insist@0:root they/PRP@4:nsubj give/VBP/O/give@2:ccomp "
        + "no/DT@6:det support/NN@4:obj despite/IN@10:case the/DT@10:det name/NN@10:compound change/NN@4:obl "
        + "./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("they give no support", content(doc, rows.get(0)));
  }

  /**
   * "He suggested that the billionaire, who is the nominee, would unite Britain": the relative clause set off by
   * commas is the writer's; the content is drawn in two pieces around it, as PolNeAR draws it.
   */
  @Test
  void interiorRelativeSplitsTheContent() {
    Doc doc = Docs.doc("He/PRP@2:nsubj suggested/VBD/O/suggest@0:root that/IN@13:mark the/DT@5:det "
        + "billionaire/NN@13:nsubj ,/,@5:punct who/WP@10:nsubj is/VBZ/O/be@10:cop the/DT@10:det "
        + "nominee/NN@5:acl:relcl ,/,@5:punct would/MD@13:aux unite/VB/O/unite@2:ccomp "
        + "Britain/NNP/COUNTRY@13:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(2, rows.size(), rows.toString());
    assertEquals("that the billionaire", content(doc, rows.get(0)));
    assertEquals("would unite Britain", content(doc, rows.get(1)));
    assertEquals("He", rows.get(1).speaker().text());
  }

  /** "He declared that he plans to repeal the act, which was passed in 2010" with the clause parsed as "dep". */
  @Test
  void closingRelativeParsedAsDep() {
    Doc doc = Docs.doc("He/PRP@2:nsubj declared/VBD/O/declare@0:root that/IN@6:mark he/PRP@5:nsubj "
        + "plans/VBZ/O/plan@2:ccomp to/TO@7:mark repeal/VB/O/repeal@5:xcomp the/DT@9:det act/NN@7:obj ,/,@9:punct which/WDT@13:nsubj:pass "
        + "was/VBD/O/be@13:aux:pass passed/VBN/O/pass@9:dep in/IN@15:case 2010/CD/DATE@13:obl ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("that he plans to repeal the act", content(doc, rows.get(0)));
  }
  /** "She says the team is standing firm despite losing the opener": a gerund after "despite" is the speaker's. */
  @Test
  void despiteWithGerundStaysInTheContent() {
    Doc doc = Docs.doc("She/PRP@2:nsubj says/VBZ/O/say@0:root the/DT@4:det team/NN@6:nsubj is/VBZ/O/be@6:aux "
        + "standing/VBG/O/stand@2:ccomp firm/JJ@6:xcomp despite/IN@9:mark losing/VBG/O/lose@6:advcl the/DT@11:det "
        + "opener/NN@9:obj ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the team is standing firm despite losing the opener", content(doc, rows.get(0)));
  }

  /** "He said the group fights for costly, sweeping reforms": a participle in a series of adjectives is no aside. */
  @Test
  void participleInAdjectiveSeriesStays() {
    Doc doc = Docs.doc("He/PRP@2:nsubj said/VBD/O/say@0:root the/DT@4:det group/NN@5:nsubj "
        + "fights/VBZ/O/fight@2:ccomp for/IN@10:case costly/JJ@10:amod ,/,@10:punct sweeping/VBG/O/sweep@10:amod "
        + "reforms/NNS@5:obl ./.@2:punct");
    List<Quote> rows = extract(doc);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("the group fights for costly, sweeping reforms", content(doc, rows.get(0)));
  }
}
