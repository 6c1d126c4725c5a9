package org.dateline.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * A place the tagger found inside a longer name is not a place of the text.
 * <ul>
 *   <li>After an institution's head noun and "of" ("Medical Journal of Australia", "Municipality of Livorno",
 *       "Food Standards of Australia and New Zealand") the whole is one organization.</li>
 *   <li>Run into an untagged capitalized word ("the Ontario Ghostbusters", "Team Estonia", "the Taipei City Lantern
 *       Festival") it is a word of a name the tagger did not recognise: no mention is better than a wrong one.</li>
 * </ul>
 * Headlines and title-case lines are left alone: every word is capitalized there.
 */
final class PlacesInNames {

  private PlacesInNames() {
  }

  /** {@code found} sorted by offset. */
  static List<Candidate> repair(Doc doc, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>(found);
    Set<Candidate> gone = new HashSet<>();
    Boolean[] titleCase = new Boolean[doc.sentences().size()];
    for (Candidate place : found) {
      if (!place.isPlaceName() || gone.contains(place)) {
        continue;
      }
      Sentence s = doc.sentences().get(place.sentence());
      if (titleCase[s.index()] == null) {
        titleCase[s.index()] = TitleCase.is(s);
      }
      if (titleCase[s.index()]) {
        continue;
      }
      int head = institutionOf(doc, s, place);
      if (head >= 0) {
        out.add(joined(doc, s, head, place, out, gone));
      } else if (runsIntoName(doc, s, place)) {
        out.remove(place);
        gone.add(place);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    return out;
  }

  /** The first token of "Head of [the] PLACE" when the word before "of" is an institution's head, else -1. */
  private static int institutionOf(Doc doc, Sentence s, Candidate place) {
    int of = place.tokenStart() - 1;
    if (of > s.firstToken() && doc.tokens().get(of).word().equals("the")) {
      of--;
    }
    if (of - 1 < s.firstToken() || !doc.tokens().get(of).word().equals("of")) {
      return -1;
    }
    Token head = doc.tokens().get(of - 1);
    if (!InstitutionHeads.isHead(head.word())) {
      return -1;
    }
    int first = of - 1;
    while (first - 1 >= s.firstToken() && TitleCase.capitalized(doc.tokens().get(first - 1).word())
        && !doc.tokens().get(first - 1).ner().equals("PERSON")) {
      first--;
    }
    return first;
  }

  /** One organization from {@code first} to the place, or to a second place joined by "and"; parts removed. */
  private static Candidate joined(Doc doc, Sentence s, int first, Candidate place, List<Candidate> out,
                                  Set<Candidate> gone) {
    Candidate last = place;
    for (Candidate c : out) {
      if (c.isPlaceName() && c.sentence() == s.index() && c.tokenStart() == last.tokenEnd() + 1
          && doc.tokens().get(last.tokenEnd()).word().equals("and")) {
        last = c;
      }
    }
    int end = last.tokenEnd();
    for (Candidate c : out) {
      if (c.sentence() == s.index() && c.tokenStart() < end && c.tokenEnd() > first) {
        gone.add(c);
      }
    }
    out.removeIf(c -> c.sentence() == s.index() && c.tokenStart() < end && c.tokenEnd() > first);
    Token from = doc.tokens().get(first);
    return new Candidate(EntityTypes.ORGANIZATION, "", "", Mention.NAME, first, end, from.start(), last.end(),
        s.index());
  }

  private static boolean runsIntoName(Doc doc, Sentence s, Candidate place) {
    int before = place.tokenStart() - 1;
    int after = place.tokenEnd();
    return after < s.endToken() && untaggedNameWord(doc.tokens().get(after))
        || before > s.firstToken() && untaggedNameWord(doc.tokens().get(before));
  }

  /** An untagged capitalized proper noun in mixed case: a word of a name, not an all-capital heading word. */
  private static boolean untaggedNameWord(Token t) {
    return t.ner().equals("O") && t.pos().startsWith("NNP") && TitleCase.capitalized(t.word())
        && !t.word().equals(t.word().toUpperCase(Locale.ROOT));
  }
}
