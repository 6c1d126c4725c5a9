package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * Names that a plural institution noun introduces are institutions: in "the religious schools Santo Spirito and
 * Immacolata" the tagger may call one a person, but the noun says what both are. The name right after the noun
 * and the names joined to it by commas and "and"/"or" become organizations.
 */
final class InstitutionLists {

  private static final Set<String> PLURAL_INSTITUTIONS = Set.of("schools", "colleges", "universities", "hospitals",
      "companies", "firms", "banks", "clubs", "newspapers", "churches", "parishes", "charities", "foundations",
      "institutes", "museums", "parties", "unions");
  private static final Set<String> JOINERS = Set.of(",", "and", "or");

  private InstitutionLists() {
  }

  /** {@code found} sorted by offset. */
  static List<Candidate> repair(Doc doc, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>(found);
    int listEnd = -1;
    for (int k = 0; k < out.size(); k++) {
      Candidate c = out.get(k);
      if (!EntityTypes.isName(c.type())) {
        continue;
      }
      boolean first = c.tokenStart() > 0 && introduced(doc, c);
      boolean next = listEnd >= 0 && joined(doc, listEnd, c.tokenStart());
      if (first || next) {
        listEnd = c.tokenEnd();
        if (!c.type().equals(EntityTypes.ORGANIZATION)) {
          out.set(k, c.retyped(EntityTypes.ORGANIZATION, ""));
        }
      } else {
        listEnd = -1;
      }
    }
    return out;
  }

  private static boolean introduced(Doc doc, Candidate c) {
    Token before = doc.tokens().get(c.tokenStart() - 1);
    return before.sentence() == c.sentence() && before.pos().equals("NNS")
        && PLURAL_INSTITUTIONS.contains(before.word().toLowerCase(Locale.ROOT));
  }

  /** Only list punctuation and a conjunction between the end of one name and the start of the next. */
  private static boolean joined(Doc doc, int from, int to) {
    if (to <= from || to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!JOINERS.contains(doc.tokens().get(i).word())) {
        return false;
      }
    }
    return true;
  }
}
