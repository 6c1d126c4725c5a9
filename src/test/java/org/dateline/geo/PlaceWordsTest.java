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
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.NameSpan;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;

/** Places named by adjectives, inside other names, and places the tagger missed, on hand-built documents. */
class PlaceWordsTest {

  private static final String PLACES = String.join("\n",
      "geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code",
      "6\tKyiv\tKiev\t50.45466\t30.52380\tUA\tKyiv\t2797553\tPPLC",
      "12\tChinese\t\t30.0\t-90.0\tUS\tLouisiana\t600\tPPL",
      "\tZimbabwe\t\t-20.0\t30.0\tZW\t\t12000000\tPCLI",
      "\tChina\t\t35.0\t105.0\tCN\t\t1300000000\tPCLI",
      "\tUkraine\t\t49.0\t32.0\tUA\t\t32806561\tPCLI",
      "19\tElm Falls\t\t39.2\t-76.9\tUS\tMaryland\t900\tPPLA2",
      "13\tSevern\t\t39.13\t-76.70\tUS\tMaryland\t44000\tPPL",
      "14\tSevern\t\t52.0\t-2.0\tGB\tEngland\t900\tPPL",
      "\tMaryland\tMd.\t39.0\t-76.8\tUS\tMaryland\t6000000\tADM1",
      "16\tLinden County\t\t39.3\t-76.6\tUS\tMaryland\t0\tADM2",
      "18\tPeninsula\t\t41.24\t-81.55\tUS\tOhio\t600\tPPL",
      "17\tLinden County\t\t44.0\t-100.0\tUS\tDakota\t0\tADM2",
      "15\tElmshire\t\t35.2\t8.8\tTN\tElmshire\t80000\tPPLA",
      "\tElmshire Governorate\tElmshire\t35.0\t8.6\tTN\tElmshire Governorate\t0\tADMD");
  private static final Map<String, String> DEMONYMS = Map.of("chinese", "china", "ukrainian", "ukraine",
      "ukrainians", "ukraine", "ukraine", "ukraine", "china", "china");

  private final Gazetteer gazetteer;
  private final Geocoder geocoder;
  private final EntityExtractor entities;

  PlaceWordsTest() throws IOException {
    gazetteer = Gazetteer.read("test", new BufferedReader(new StringReader(PLACES)));
    geocoder = new Geocoder(gazetteer, DEMONYMS);
    entities = new EntityExtractor(DEMONYMS, gazetteer::wellKnown);
  }

  private EntityTable run(Doc doc) {
    EntityTable t = entities.extract(doc);
    return geocoder.withPlaceWords(doc, geocoder.geocode(doc.article().text(), t));
  }

  @Test
  void anAdjectiveJoinsItsCountryAndRenumbersNothing() {
    Doc doc = Docs.doc("Ukraine/NNP/COUNTRY and/CC Chinese/JJ/NATIONALITY officials/NNS met/VBD ./.",
        "Ukrainian/JJ/NATIONALITY troops/NNS and/CC Ukrainians/NNPS/NATIONALITY left/VBD ./.");
    EntityTable before = entities.extract(doc);
    EntityTable t = run(doc);
    assertEquals(before.mentions(), t.mentions().subList(0, before.mentions().size()), "old rows unchanged");
    Mention chinese = t.mentions().stream().filter(m -> m.text().equals("Chinese")).findFirst().orElseThrow();
    assertEquals(PlaceWords.ADJECTIVE, chinese.kind());
    assertEquals("LOCATION", chinese.type());
    assertEquals("CN", t.geo().of(chinese.entityId()).orElseThrow().countryCode(), "the country, not the village");
    Mention ukrainian = t.mentions().stream().filter(m -> m.text().equals("Ukrainian")).findFirst().orElseThrow();
    assertEquals("e1", ukrainian.entityId(), "joins Ukraine");
    assertEquals(2, t.entity("e1").orElseThrow().mentions());
    assertTrue(t.mentions().stream().noneMatch(m -> m.text().equals("Ukrainians")), "plurals are people");
    Entity china = t.entity(chinese.entityId()).orElseThrow();
    assertEquals("China", china.name());
    assertEquals("LOCATION:china", china.key());
  }

  @Test
  void aCountryInsideAnotherNameIsAnEmbeddedPlace() {
    Doc doc = Docs.doc("Air/NNP/ORGANIZATION Zimbabwe/NNP/ORGANIZATION flew/VBD ./.");
    EntityTable t = run(doc);
    Mention z = t.mentions().stream().filter(m -> m.kind().equals(PlaceWords.EMBEDDED)).findFirst().orElseThrow();
    assertEquals("Zimbabwe", z.text());
    assertEquals("ZW", t.geo().of(z.entityId()).orElseThrow().countryCode());
  }

  @Test
  void aCountryInsideAnUnplaceablePlaceNameIsAnEmbeddedPlace() {
    Doc doc = Docs.doc("Upper/NNP/LOCATION Zimbabwe/NNP/LOCATION and/CC Zimbabwe/NNP/LOCATION Highlands/NNP/LOCATION "
        + "met/VBD in/IN Kyiv/NNP/LOCATION ./.");
    EntityTable t = run(doc);
    List<Mention> embedded = t.mentions().stream().filter(m -> m.kind().equals(PlaceWords.EMBEDDED)).toList();
    assertEquals(1, embedded.size(), "only inside the name with no point of its own: " + embedded);
    Mention z = embedded.get(0);
    assertEquals("Zimbabwe", z.text());
    assertEquals(doc.article().text().indexOf("Zimbabwe"), z.start(), "inside \"Upper Zimbabwe\"");
    assertEquals("ZW", t.geo().of(z.entityId()).orElseThrow().countryCode());
  }

  @Test
  void aWellKnownPlaceTheTaggerMissedIsAName() {
    EntityTable t = entities.extract(Docs.doc("He/PRP flew/VBD to/TO Kyiv/NNP on/IN Monday/NNP/DATE ./.",
        "Kyiv/NNP Smith/NNP spoke/VBD ./."));
    List<Mention> kyiv = t.mentions().stream().filter(m -> m.text().startsWith("Kyiv")).toList();
    assertEquals(1, kyiv.size(), "part of a longer name is no place: " + kyiv);
    assertEquals("LOCATION", kyiv.get(0).type());
    assertEquals(Mention.NAME, kyiv.get(0).kind());
  }

  @Test
  void aPlaceTheTaggerSawInsideAnUntaggedNameIsAnEmbeddedPlace() {
    Doc doc = Docs.doc("The/DT Kyiv/NNP/CITY Piano/NNP Competition/NNP opened/VBD on/IN a/DT cold/JJ day/NN in/IN "
        + "the/DT old/JJ hall/NN ./.");
    EntityTable t = run(doc);
    assertTrue(t.mentions().stream().noneMatch(m -> m.kind().equals(Mention.NAME) && m.type().equals("LOCATION")),
        "no place name: the tagger's place is a word of a longer name");
    Mention kyiv = t.mentions().stream().filter(m -> m.kind().equals(PlaceWords.EMBEDDED)).findFirst().orElseThrow();
    assertEquals("Kyiv", kyiv.text());
    assertEquals("UA", t.geo().of(kyiv.entityId()).orElseThrow().countryCode());
  }

  @Test
  void aCountryNamingACurrencyIsAnEmbeddedPlace() {
    Doc doc = Docs.doc("It/PRP cost/VBD 59.2/CD/MONEY billion/CD/MONEY Zimbabwe/NNP/MONEY dollars/NNS/MONEY ./.");
    EntityTable t = run(doc);
    Mention z = t.mentions().stream().filter(m -> m.kind().equals(PlaceWords.EMBEDDED)).findFirst().orElseThrow();
    assertEquals("Zimbabwe", z.text());
    assertEquals("ZW", t.geo().of(z.entityId()).orElseThrow().countryCode());
  }

  @Test
  void aTownTheTaggerMissedBeforeItsDivisionIsAnEmbeddedPlace() {
    Doc doc = Docs.doc("SEVERN/NNP ,/, Md./NNP/STATE_OR_PROVINCE A/DT man/NN was/VBD arrested/VBN ./.");
    EntityTable t = run(doc);
    Mention severn = t.mentions().stream().filter(m -> m.kind().equals(PlaceWords.EMBEDDED)).findFirst()
        .orElseThrow();
    assertEquals("SEVERN", severn.text());
    assertEquals("13", t.geo().of(severn.entityId()).orElseThrow().geonamesId(), "the Severn inside Maryland");
  }

  @Test
  void aDistrictTheTaggerMissedBeforeCompassWordsAndItsTownIsAnEmbeddedPlace() {
    Doc doc = Docs.doc("A/DT driver/NN ,/, of/IN Severn/NNP ,/, north/RB west/RB Elm/NNP/CITY Falls/NNP/CITY ,/, "
        + "was/VBD fined/VBN ./.");
    EntityTable t = run(doc);
    Mention severn = t.mentions().stream().filter(m -> m.text().equals("Severn")).findFirst().orElseThrow();
    assertEquals("13", t.geo().of(severn.entityId()).orElseThrow().geonamesId(), "the Severn near Elm Falls");
  }

  @Test
  void anAdjectiveAfterTheFirstWordOfAPlacedNameIsASurname() {
    Doc doc = Docs.doc("Percy/NNP/ORGANIZATION Chinese/NNP/ORGANIZATION Hotel/NNP/ORGANIZATION in/IN Kyiv/NNP/CITY "
        + "and/CC the/DT Chinese/NNP/ORGANIZATION Hotel/NNP/ORGANIZATION opened/VBD ./.");
    EntityTable t = run(doc);
    List<Mention> chinese = t.mentions().stream().filter(m -> m.text().equals("Chinese")).toList();
    assertEquals(1, chinese.size(), "only where it starts the name: " + chinese);
    assertTrue(chinese.get(0).start() > doc.article().text().indexOf("Kyiv"));
    Mention hotel = t.mentions().stream().filter(m -> m.text().equals("Percy Chinese Hotel")).findFirst()
        .orElseThrow();
    assertEquals("UA", t.geo().of(hotel.entityId()).orElseThrow().countryCode(), "where the text puts it");
  }

  @Test
  void aTownTheTaggerMissedAfterToOrFromIsAnEmbeddedPlace() {
    Doc doc = Docs.doc("Voters/NNS in/IN Maryland/NNP/STATE_OR_PROVINCE drove/VBD to/TO Severn/NNP ./.");
    EntityTable t = run(doc);
    Mention severn = t.mentions().stream().filter(m -> m.text().equals("Severn")).findFirst().orElseThrow();
    assertEquals("13", t.geo().of(severn.entityId()).orElseThrow().geonamesId(), "the article's country's Severn");
    EntityTable abroad = run(Docs.doc("Voters/NNS drove/VBD to/TO Kyiv/NNP/CITY and/CC to/TO Severn/NNP ./."));
    assertTrue(abroad.mentions().stream().noneMatch(m -> m.text().equals("Severn")), "no town of the main country");
  }

  @Test
  void aDivisionTheTaggerMissedBeforeItsDivisionNounIsAnEmbeddedPlace() {
    EntityTable t = run(Docs.doc("Troops/NNS patrol/VBP Elmshire/NNP governorate/NN ./."));
    Mention m = t.mentions().stream().filter(x -> x.text().equals("Elmshire")).findFirst().orElseThrow();
    assertEquals("ADMD", t.geo().of(m.entityId()).orElseThrow().featureCode(), "the division, not its town");
    EntityTable plain = run(Docs.doc("Troops/NNS patrol/VBP Elmshire/NNP roads/NNS ./."));
    assertTrue(plain.mentions().stream().noneMatch(x -> x.text().equals("Elmshire")), "no division noun after it");
  }

  @Test
  void aCountyTheTaggerMissedBeforeItsDivisionInBracketsIsAnEmbeddedPlace() {
    Doc doc = bracketsGlued(Docs.doc("Deputies/NNS of/IN Linden/NNP County/NNP (/-LRB- Md./NNP/STATE_OR_PROVINCE "
        + ")/-RRB- arrested/VBD a/DT man/NN ./."));
    assertTrue(doc.article().text().contains("Linden County (Md.) arrested"), doc.article().text());
    EntityTable t = run(doc);
    Mention county = t.mentions().stream().filter(m -> m.text().equals("Linden County")).findFirst().orElseThrow();
    assertEquals(PlaceWords.EMBEDDED, county.kind());
    assertEquals("16", t.geo().of(county.entityId()).orElseThrow().geonamesId(), "the county inside Maryland");
  }

  @Test
  void aLandformNamedByACountrysAdjectiveLiesAtThatCountry() {
    EntityTable t = run(Docs.doc("Ships/NNS sailed/VBD off/IN the/DT Chinese/JJ/NATIONALITY Peninsula/NNP/LOCATION ./."));
    Mention m = t.mentions().stream().filter(x -> x.text().equals("Peninsula")).findFirst().orElseThrow();
    assertEquals("CN", t.geo().of(m.entityId()).orElseThrow().countryCode(), "the country, not the Ohio village");
    EntityTable bare = run(Docs.doc("Ships/NNS sailed/VBD off/IN the/DT Peninsula/NNP/LOCATION ./."));
    Mention b = bare.mentions().stream().filter(x -> x.text().equals("Peninsula")).findFirst().orElseThrow();
    assertTrue(bare.geo().of(b.entityId()).isEmpty(), "a bare landform is no far town of its name");
  }

  @Test
  void aTownInABracketedDatelineIsAnEmbeddedPlace() {
    Doc doc = bracketsGlued(Docs.doc("(/-LRB- Elm/NNP Falls/NNP )/-RRB- --/: The/DT council/NN met/VBD ./."));
    assertTrue(doc.article().text().startsWith("(Elm Falls) --"), doc.article().text());
    Mention town = run(doc).mentions().stream().filter(m -> m.text().equals("Elm Falls")).findFirst().orElseThrow();
    assertEquals(PlaceWords.EMBEDDED, town.kind());
    EntityTable later = run(bracketsGlued(Docs.doc("The/DT council/NN met/VBD (/-LRB- Elm/NNP Falls/NNP )/-RRB- "
        + "--/: again/RB ./.")));
    assertTrue(later.mentions().stream().noneMatch(m -> m.text().equals("Elm Falls")), "only at the start");
  }

  /** {@code doc} laid out as real text writes brackets, "(Md.)": {@link Docs} puts spaces inside them. */
  private static Doc bracketsGlued(Doc doc) {
    String text = doc.article().text();
    List<Integer> gaps = doc.tokens().stream()
        .flatMap(t -> t.word().equals("(") ? java.util.stream.Stream.of(t.end())
            : t.word().equals(")") ? java.util.stream.Stream.of(t.start() - 1) : java.util.stream.Stream.empty())
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
    List<NameSpan> spans = doc.spans().stream().map(n -> new NameSpan(n.text(), n.tag(), n.normalized(),
        at.applyAsInt(n.start()), at.applyAsInt(n.end()), n.tokenStart(), n.tokenEnd(), n.sentence())).toList();
    Article a = doc.article();
    Article article = new Article(a.id(), a.source(), a.title(), glued.toString(), a.published(), a.dateSource(),
        a.url(), a.error(), a.warning(), a.hints(), a.authors(), a.outlet());
    return new Doc(article, sentences, tokens, spans);
  }

  @Test
  void anAdjectiveBeforeAWaterNounNamesTheWaterNotTheCountry() {
    Doc doc = Docs.doc("A/DT ship/NN crossed/VBD the/DT Chinese/JJ/NATIONALITY Sea/NNP/LOCATION and/CC the/DT "
        + "Ukraine/NNP/LOCATION Sea/NNP/LOCATION to/TO Chinese/JJ/NATIONALITY ports/NNS ./.");
    EntityTable t = run(doc);
    List<Mention> placed = t.mentions().stream().filter(m -> t.geo().of(m.entityId()).isPresent()).toList();
    assertEquals(List.of("Chinese"), placed.stream().map(Mention::text).toList(),
        "only the adjective before \"ports\"; neither sea is its country");
    assertEquals(doc.article().text().lastIndexOf("Chinese"), placed.get(0).start());
  }
}
