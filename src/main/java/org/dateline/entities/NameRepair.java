package org.dateline.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;

/**
 * Repairs two patterns of CoreNLP's tagger on news text.
 * <ul>
 *   <li>A place name made of two tagged parts with different fine tags ("Washington" CITY + "D.C." STATE,
 *       "Mexico" COUNTRY + "City") comes out as two mentions; side by side they are one place (or one
 *       institution: "Conservatoire de" + "Lyon").</li>
 *   <li>A single word that is the first or last name of a person named in full in the same article ("Paris" after
 *       "Paris Hilton", "Trump" tagged ORGANIZATION after "Donald Trump") is that person.</li>
 * </ul>
 */
final class NameRepair {

  private NameRepair() {
  }

  /** {@code found} must be sorted by offset. */
  static List<Candidate> repair(Doc doc, List<Candidate> found) {
    return personNameParts(doc, mergeAdjacentPlaces(doc, found));
  }

  private static List<Candidate> mergeAdjacentPlaces(Doc doc, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : found) {
      Candidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.isPlaceName() && c.isPlaceName() && prev.tokenEnd() == c.tokenStart()
          && prev.sentence() == c.sentence()) {
        // The last part names the kind of place ("Mexico City" is a city), unless the first opens an
        // institution's name ("Conservatoire de" + "Lyon").
        Candidate merged = new Candidate(EntityTypes.LOCATION, c.subtype(), "", Mention.NAME,
            prev.tokenStart(), c.tokenEnd(), prev.start(), c.end(), c.sentence());
        out.set(out.size() - 1, InstitutionHeads.opensName(doc, merged)
            ? merged.retyped(EntityTypes.ORGANIZATION, "") : merged);
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Candidate> personNameParts(Doc doc, List<Candidate> found) {
    Set<String> nameParts = new HashSet<>();
    for (Candidate c : found) {
      List<String> words = NameGrouping.nameWords(doc, c);
      if (c.type().equals(EntityTypes.PERSON) && words.size() >= 2) {
        nameParts.add(words.get(0));
        nameParts.add(words.get(words.size() - 1));
      }
    }
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      boolean otherType = c.type().equals(EntityTypes.LOCATION) || c.type().equals(EntityTypes.ORGANIZATION);
      List<String> words = NameGrouping.nameWords(doc, c);
      if (otherType && words.size() == 1 && nameParts.contains(words.get(0))) {
        out.add(c.retyped(EntityTypes.PERSON, ""));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
