package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.doc.Doc;

/**
 * A name listed among people is a person: in "Harry Kane, and John Stones" the tagger may call the last one an
 * organization, but a list joins names of one kind. Only a name of two or three words in mixed case is retyped
 * (an acronym or a one-word team stays what it was), and only when its neighbour in the list, joined by a
 * conjunction ("and", "or", after a comma or not), is a person, or both its neighbours are.
 */
final class PersonLists {

  private static final Set<String> JOINERS = Set.of(",", "and", "or");

  private PersonLists() {
  }

  /** {@code found} sorted by offset. */
  static List<Candidate> repair(Doc doc, List<Candidate> found) {
    List<Candidate> names = found.stream().filter(c -> EntityTypes.isName(c.type())).toList();
    List<Candidate> out = new ArrayList<>(found.size());
    int next = 0;
    for (Candidate c : found) {
      boolean name = EntityTypes.isName(c.type());
      int at = name ? next++ : -1;
      boolean candidate = c.type().equals(EntityTypes.ORGANIZATION) && mixedCaseWords(doc, c);
      Candidate before = at > 0 ? names.get(at - 1) : null;
      Candidate after = at >= 0 && at + 1 < names.size() ? names.get(at + 1) : null;
      boolean between = before != null && after != null && listedPerson(doc, before, c, false)
          && listedPerson(doc, after, c, false);
      boolean listed = candidate && (between || before != null && listedPerson(doc, before, c, true)
          || after != null && listedPerson(doc, after, c, true));
      out.add(listed ? c.retyped(EntityTypes.PERSON, "") : c);
    }
    return out;
  }

  private static boolean mixedCaseWords(Doc doc, Candidate c) {
    int n = c.tokenEnd() - c.tokenStart();
    if (n < 2 || n > 3) {
      return false;
    }
    for (int i = c.tokenStart(); i < c.tokenEnd(); i++) {
      String w = doc.tokens().get(i).word();
      if (!TitleCase.capitalized(w) || !w.codePoints().skip(1).allMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code other} is a person separated from {@code c} only by list punctuation, with a conjunction when
   * {@code conjunction} (a comma alone also sets off a byline's desk, "Jane Doe, London Newsroom").
   */
  private static boolean listedPerson(Doc doc, Candidate other, Candidate c, boolean conjunction) {
    if (!other.type().equals(EntityTypes.PERSON) || other.sentence() != c.sentence()) {
      return false;
    }
    int from = Math.min(other.tokenEnd(), c.tokenEnd());
    int to = Math.max(other.tokenStart(), c.tokenStart());
    if (to <= from || to - from > 2) {
      return false;
    }
    boolean joined = false;
    for (int i = from; i < to; i++) {
      String w = doc.tokens().get(i).word();
      if (!JOINERS.contains(w)) {
        return false;
      }
      joined |= !w.equals(",");
    }
    return joined || !conjunction;
  }
}
