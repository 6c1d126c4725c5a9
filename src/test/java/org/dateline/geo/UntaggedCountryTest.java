package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.dateline.doc.Article;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.NameSpan;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

/** Countries and divisions the tagger left unnamed, and continents inside a hyphened name, on hand-built documents. */
class UntaggedCountryTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "\tLuxembourg\tGrand Duchy\t49.75\t6.17\tLU\t\t600000\tPCLI",
      "\tOstland\t\t60.0\t10.0\tNO\tOstland\t900000\tADM1",
      "21\tOstland\t\t40.0\t-90.0\tUS\tIllinois\t700\tPPL",
      "6255146\tAfrica\t\t7.19\t21.09\t\t\t1000000000\tCONT");
  private static final Map<String, String> DEMONYMS = Map.of("luxembourgers", "luxembourg");

  private final Geocoder geocoder;
  private final EntityExtractor entities;

  UntaggedCountryTest() throws IOException {
    Gazetteer gazetteer = Gazetteer.read("test", new BufferedReader(new StringReader(PLACES)));
    geocoder = new Geocoder(gazetteer, DEMONYMS);
    entities = new EntityExtractor(DEMONYMS, gazetteer::wellKnown);
  }

  private EntityTable run(Doc doc) {
    return geocoder.withPlaceWords(doc, geocoder.geocode(doc.article().text(), entities.extract(doc)));
  }

  private static List<Mention> embedded(EntityTable t) {
    return t.mentions().stream().filter(m -> m.kind().equals(PlaceWords.EMBEDDED)).toList();
  }

  @Test
  void anUntaggedCountryNameBeforeAnotherNameIsAnEmbeddedPlace() {
    EntityTable t = run(Docs.doc("She/PRP thanked/VBD the/DT envoy/NN to/TO the/DT Grand/NNP Duchy/NNP "
        + "Ann/NNP/PERSON Bell/NNP/PERSON ./."));
    List<Mention> found = embedded(t);
    assertEquals(1, found.size(), found.toString());
    assertEquals("Grand Duchy", found.get(0).text());
    assertEquals("LU", t.geo().of(found.get(0).entityId()).orElseThrow().countryCode());
    EntityTable longer = run(Docs.doc("She/PRP praised/VBD the/DT Grand/NNP Duchy/NNP Choir/NNP ./."));
    assertTrue(embedded(longer).isEmpty(), "a word of a longer untagged name: " + embedded(longer));
    EntityTable people = run(Docs.doc("Luxembourgers/NNPS voted/VBD ./."));
    assertTrue(embedded(people).isEmpty(), "a people is no place: " + embedded(people));
  }

  @Test
  void aDivisionInsideALineOfCapitalsIsAnEmbeddedPlace() {
    EntityTable t = run(Docs.doc("TIDAL/NNP POWER/NNP OSTLAND/NNP SUMMIT/NNP 2030/CD/DATE"));
    List<Mention> found = embedded(t);
    assertEquals(1, found.size(), found.toString());
    assertEquals("OSTLAND", found.get(0).text());
    assertEquals("ADM1", t.geo().of(found.get(0).entityId()).orElseThrow().featureCode(), "the division, not the town");
    EntityTable running = run(Docs.doc("The/DT Ostland/NNP Summit/NNP met/VBD ./."));
    assertTrue(embedded(running).isEmpty(), "in running text a longer name is its own: " + embedded(running));
  }

  @Test
  void aContinentInsideAHyphenedNameWithNoPointIsAnEmbeddedPlace() {
    Doc doc = hyphensGlued(Docs.doc("Trade/NN grew/VBD in/IN Africa/NNP/LOCATION -/HYPH/LOCATION "
        + "Ostmark/NNP/LOCATION ./."));
    assertTrue(doc.article().text().contains("in Africa-Ostmark."), doc.article().text());
    EntityTable t = run(doc);
    List<Mention> found = embedded(t);
    assertEquals(1, found.size(), found.toString());
    assertEquals("Africa", found.get(0).text());
    assertEquals("CONT", t.geo().of(found.get(0).entityId()).orElseThrow().featureCode());
  }

  /** {@code doc} with its hyphens written as a compound's, "Africa-Ostmark": {@link Docs} puts spaces around them. */
  private static Doc hyphensGlued(Doc doc) {
    String text = doc.article().text();
    List<Integer> gaps = doc.tokens().stream().filter(t -> t.word().equals("-"))
        .flatMap(t -> java.util.stream.Stream.of(t.start() - 1, t.end()))
        .filter(g -> g >= 0 && g < text.length() && text.charAt(g) == ' ').toList();
    IntUnaryOperator at = i -> i - (int) gaps.stream().filter(g -> g < i).count();
    StringBuilder glued = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (!gaps.contains(i)) {
        glued.append(text.charAt(i));
      }
    }
    List<Token> tokens = doc.tokens().stream().map(t -> new Token(t.index(), t.sentence(), t.word(), t.lemma(),
        t.pos(), t.ner(), t.normalized(), at.applyAsInt(t.start()), at.applyAsInt(t.end()))).toList();
    List<Sentence> sentences = doc.sentences().stream().map(s -> new Sentence(s.index(), at.applyAsInt(s.start()),
        at.applyAsInt(s.end()), s.section(), tokens.subList(s.tokens().get(0).index(),
        s.tokens().get(s.tokens().size() - 1).index() + 1), s.dependencies())).toList();
    List<NameSpan> spans = doc.spans().stream().map(n -> new NameSpan(doc.text(n.start(), n.end()).replace(" - ", "-"),
        n.tag(), n.normalized(), at.applyAsInt(n.start()), at.applyAsInt(n.end()), n.tokenStart(), n.tokenEnd(),
        n.sentence())).toList();
    Article a = doc.article();
    Article article = new Article(a.id(), a.source(), a.title(), glued.toString(), a.published(), a.dateSource(),
        a.url(), a.error(), a.warning(), a.hints(), a.authors(), a.outlet());
    return new Doc(article, sentences, tokens, spans);
  }
}
