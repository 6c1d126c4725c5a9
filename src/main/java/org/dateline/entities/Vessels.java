package org.dateline.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * A ship's name is not a place, though the tagger calls it one ("the cruise ship Freewinds", "aboard the ship,
 * Freewinds"). A name that stands right after a vessel noun (with or without a comma) is a ship throughout the
 * article: its other mentions ("on board the Freewinds") are dropped as places too.
 */
final class Vessels {

  private static final Set<String> VESSEL_NOUNS = Set.of("ship", "vessel", "yacht", "boat", "liner", "tanker",
      "freighter", "ferry", "frigate", "destroyer", "submarine", "cruiser", "schooner", "steamer", "trawler");

  private Vessels() {
  }

  static List<Candidate> drop(Doc doc, List<Candidate> found) {
    Set<String> ships = new HashSet<>();
    for (Candidate c : found) {
      if (c.type().equals(EntityTypes.LOCATION) && afterVesselNoun(doc, c.tokenStart())) {
        ships.add(NameCandidates.words(doc, c.tokenStart(), c.tokenEnd()));
      }
    }
    if (ships.isEmpty()) {
      return found;
    }
    return found.stream().filter(c -> !c.type().equals(EntityTypes.LOCATION)
        || !ships.contains(NameCandidates.words(doc, c.tokenStart(), c.tokenEnd()))).toList();
  }

  private static boolean afterVesselNoun(Doc doc, int first) {
    int i = first - 1;
    if (i >= 0 && doc.tokens().get(i).word().equals(",")) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    Token before = doc.tokens().get(i);
    return before.sentence() == doc.tokens().get(first).sentence() && before.pos().startsWith("NN")
        && VESSEL_NOUNS.contains(before.lemma().toLowerCase(Locale.ROOT));
  }
}
