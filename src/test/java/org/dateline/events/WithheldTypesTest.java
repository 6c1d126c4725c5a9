package org.dateline.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.config.ActorFiles;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Coding;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Event;
import org.dateline.entities.EntityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Types whose measured precision is below 0.6 on a dev half are not coded at all (withheld-types.tsv). */
class WithheldTypesTest {

  private static final Coding COERCE = new Coding("173", "17", "COERCE", 4, -5.0);
  private static final Coding SUPPORT = new Coding("050", "05", "SUPPORT", 1, 3.5);
  private static final Coding STATEMENT = new Coding("010", "01", "", 1, 0.0);

  @TempDir
  Path dir;

  @Test
  void listedTypesAndRootsAreWithheld() throws Exception {
    Files.createDirectories(dir.resolve("events"));
    Files.writeString(dir.resolve("events/withheld-types.tsv"), "# why\ntype\tprecision_half_a\tprecision_half_b\t"
        + "why\nCOERCE\t0.3\t0.0\tlexicon codes\nroot 01\t0.5\t0.5\tattributions\n");
    WithheldTypes w = WithheldTypes.load(dir.toString());
    assertTrue(w.withholds(COERCE));
    assertTrue(w.withholds(STATEMENT));
    assertFalse(w.withholds(SUPPORT));
  }

  @Test
  void aModelsCopyWithoutTheTableWithholdsNothing() {
    assertFalse(WithheldTypes.load(dir.toString()).withholds(COERCE));
  }

  @Test
  void theBundledTableWithholdsCoercionFromTheEventsTable() {
    EventExtractor extractor = new EventExtractor(Lexicon.load(null), ActorDictionary.load(null, ActorFiles.BUNDLED));
    Doc doc = Docs.doc("Arnor/NNP/LOCATION@2:nsubj arrested/VBD/O/arrest@0:root Gondor/NNP/LOCATION@2:obj");
    List<Event> e = extractor.extract(doc, new EntityExtractor(Demonyms.load()).extract(doc), List.of());
    assertEquals(List.of(), e);
    assertTrue(Lexicon.load(null).withheld().withholds(COERCE));
  }
}
