package org.dateline.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.config.ActorFiles;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.dateline.doc.Token;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One actor code per entity (the actor stage) on hand-built documents: evidence, precedence, dated roles. */
class EntityActorsTest {

  private static final EntityExtractor ENTITIES = new EntityExtractor(Demonyms.load());
  private static final EntityActors BUNDLED = new EntityActors(ActorDictionary.load(null, ActorFiles.BUNDLED));

  @TempDir
  Path dir;

  private static String codeOf(EntityActors stage, String name, String... sentences) {
    Doc doc = Docs.doc(sentences);
    EntityTable table = stage.code(doc, ENTITIES.extract(doc));
    return table.entities().stream().filter(e -> e.name().equals(name)).map(Entity::actorCode).findFirst()
        .orElseThrow(() -> new AssertionError(name + " is no entity of " + table.entities()));
  }

  private EntityActors withActors(String tsv) throws IOException {
    Path actors = dir.resolve("actors.tsv");
    Files.writeString(actors, "name\tcode\tkind\n" + tsv);
    return new EntityActors(ActorDictionary.load(null, new ActorFiles(List.of(actors.toString()), List.of())));
  }

  @Test
  void aCountryAndARoleNounBeforeTheNameAreThePersonsCode() {
    assertEquals("UKRGOV", codeOf(BUNDLED, "Volodymyr Zelensky", "Ukraine/NNP/LOCATION 's/POS President/NNP/TITLE"
        + " Volodymyr/NNP/PERSON Zelensky/NNP/PERSON spoke/VBD/O/speak ./."));
    assertEquals("RUSGOV", codeOf(BUNDLED, "Yuri Ushakov", "Kremlin/NNP/ORGANIZATION aide/NN Yuri/NNP/PERSON"
        + " Ushakov/NNP/PERSON said/VBD/O/say so/RB ./."));
    assertEquals("USAGOV", codeOf(BUNDLED, "Steve Witkoff", "U.S./NNP/COUNTRY Special/NNP Envoy/NNP/TITLE"
        + " Steve/NNP/PERSON Witkoff/NNP/PERSON arrived/VBD/O/arrive ./."));
  }

  @Test
  void anAppositiveSaysWhoThePersonIs() {
    assertEquals("USAGOV", codeOf(BUNDLED, "Steve Witkoff", "Steve/NNP/PERSON@2:compound Witkoff/NNP/PERSON@7:nsubj"
        + " ,/,@2:punct the/DT@6:det U.S./NNP/COUNTRY@6:compound envoy/NN@2:appos arrived/VBD/O/arrive@0:root"));
  }

  @Test
  void aNominalMentionLinkedToThePersonIsEvidenceToo() {
    Doc doc = Docs.doc("Zelensky/NNP/PERSON spoke/VBD/O/speak ./.",
        "The/DT Ukrainian/JJ/NATIONALITY president/NN/TITLE rejected/VBD/O/reject it/PRP ./.");
    List<Token> t = doc.tokens();
    // As the entity stage links it when the article introduced him with his title and country.
    Mention name = new Mention("m1", "e1", "Zelensky", "PERSON", "", "", Mention.NAME, t.get(0).start(),
        t.get(0).end(), 0, Section.BODY);
    Mention nominal = new Mention("m2", "e1", "The Ukrainian president", "PERSON", "", "", Mention.NOMINAL,
        t.get(3).start(), t.get(5).end(), 1, Section.BODY);
    Entity e = new Entity("e1", "PERSON:zelensky", "PERSON", "", "Zelensky", "", 2, 0, List.of("Zelensky"),
        Set.of(Section.BODY));
    EntityTable coded = BUNDLED.code(doc, new EntityTable(List.of(name, nominal), List.of(e)));
    assertEquals("UKRGOV", coded.entities().get(0).actorCode());
  }

  @Test
  void aFormerRoleIsNotThePersonsCode() {
    assertEquals("", codeOf(BUNDLED, "Petro Poroshenko", "former/JJ Ukrainian/JJ/NATIONALITY President/NNP/TITLE"
        + " Petro/NNP/PERSON Poroshenko/NNP/PERSON spoke/VBD/O/speak ./."));
  }

  @Test
  void theArticleBeatsTheDictionaryWhichBeatsACountryAlone() throws IOException {
    EntityActors stage = withActors("Volodymyr Zelensky\tRUSGOV\tactor\nRussia\tRUS\tcountry\nUkraine\tUKR\tcountry\n");
    assertEquals("UKRGOV", codeOf(stage, "Volodymyr Zelensky", "Ukraine/NNP/LOCATION 's/POS President/NNP/TITLE"
        + " Volodymyr/NNP/PERSON Zelensky/NNP/PERSON spoke/VBD/O/speak ./."), "agents: the bundled president");
    assertEquals("RUSGOV", codeOf(stage, "Volodymyr Zelensky", "Ukraine/NNP/LOCATION 's/POS"
        + " Volodymyr/NNP/PERSON Zelensky/NNP/PERSON spoke/VBD/O/speak ./."), "a country alone says less");
    assertEquals("UKR", codeOf(stage, "Petro Poroshenko", "Ukraine/NNP/LOCATION 's/POS"
        + " Petro/NNP/PERSON Poroshenko/NNP/PERSON spoke/VBD/O/speak ./."), "when the dictionary knows nothing");
  }

  @Test
  void theDictionaryNeedsTheWholeNameOfAPerson() throws IOException {
    EntityActors stage = withActors("Jordan\tJOR\tcountry\n");
    assertEquals("", codeOf(stage, "Jordan Peterson", "Jordan/NNP/PERSON Peterson/NNP/PERSON spoke/VBD/O/speak ./."));
    assertEquals("JOR", codeOf(stage, "Jordan", "Jordan/NNP/LOCATION protested/VBD/O/protest ./."));
  }

  @Test
  void aDatedRoleHoldsOnlyOnDaysItsDatesCover() throws IOException {
    // Docs.doc's articles are published on 2026-01-30.
    EntityActors ended = withActors("Denethor Steward\tGONGOV <20190101\tactor\nDenethor Steward\tGON\tactor\n");
    assertEquals("GON", codeOf(ended, "Denethor Steward", "Denethor/NNP/PERSON Steward/NNP/PERSON"
        + " spoke/VBD/O/speak ./."), "the role ended before the article: the undated code");
    EntityActors current = withActors("Denethor Steward\tGONGOV 20250101-20270101\tactor\n");
    assertEquals("GONGOV", codeOf(current, "Denethor Steward", "Denethor/NNP/PERSON Steward/NNP/PERSON"
        + " spoke/VBD/O/speak ./."));
    EntityActors future = withActors("Denethor Steward\tGONGOV >20300101\tactor\n");
    assertEquals("", codeOf(future, "Denethor Steward", "Denethor/NNP/PERSON Steward/NNP/PERSON"
        + " spoke/VBD/O/speak ./."), "a role not yet held gives nothing");
  }

  @Test
  void aPlaceIsItsCountry() {
    assertEquals("UKR", codeOf(BUNDLED, "Ukraine", "Ukraine/NNP/COUNTRY protested/VBD/O/protest ./."));
    assertEquals("UKR", codeOf(BUNDLED, "Kyiv", "Kyiv/NNP/CITY protested/VBD/O/protest ./."));
  }

  @Test
  void aPlaceTheDictionariesDoNotKnowTakesTheCountryItWasGeocodedIn() {
    Doc doc = Docs.doc("Lviv/NNP/CITY protested/VBD/O/protest ./.");
    EntityTable table = ENTITIES.extract(doc);
    String id = table.entities().get(0).entityId();
    GeoPoint lviv = new GeoPoint("Lviv", "UA", "Lviv Oblast", 49.8, 24.0, "702550", "PPLA", 700000);
    EntityTable coded = BUNDLED.code(doc, table.withGeo(new Geocoding(Map.of(id, lviv), id)));
    assertEquals("UKR", coded.entities().get(0).actorCode());
  }
}
