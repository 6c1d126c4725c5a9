package org.dateline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** CoreNLP's demonym list as the entity and geo stages read it. */
class DemonymsTest {

  @Test
  void aSaintsAbbreviatedFormIsAlsoReadWrittenOut() {
    Map<String, String> placeOf = Demonyms.load();
    String place = placeOf.get("st. lucian");
    assertEquals("st. lucia", place);
    assertEquals(place, placeOf.get("saint lucian"), "\"Saint ...\" as the list's \"St. ...\"");
    assertEquals(placeOf.get("ukraine"), placeOf.get("ukrainian"), "other forms as before");
  }
}
