package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * A name the tagger missed that "and" joins to an organization is an organization too ("the Red Cross and Open
 * Commons", "the Open Commons and Oxfam"): coordination joins like with like. Only a run of two or more
 * capitalized proper nouns, not at the start of a sentence and not in a title-case line (where capitals say
 * nothing), not after a name with "of" (whose complement "and" may go on: "Department of Energy and Climate
 * Change"), and never overlapping another name; the article's other mentions of it follow by one sense per
 * discourse ({@link NameCandidates}).
 */
final class ConjoinedOrganizations {

  private ConjoinedOrganizations() {
  }

  static List<Candidate> find(Doc doc, List<Candidate> found) {
    boolean[] taken = Candidate.covered(doc.tokens().size(), found);
    List<Candidate> added = new ArrayList<>();
    for (Candidate c : found) {
      if (!c.type().equals(EntityTypes.ORGANIZATION) || !c.kind().equals(Mention.NAME)) {
        continue;
      }
      Sentence s = doc.sentences().get(c.sentence());
      if (TitleCase.is(s)) {
        continue;
      }
      int after = c.tokenEnd();
      // After "X of Y", "and" may go on with the complement: "Department of Energy and Climate Change".
      if (after < s.endToken() && isAnd(doc.tokens().get(after)) && !hasOf(doc, c)) {
        int end = after + 1;
        while (end < s.endToken() && untaggedName(doc.tokens().get(end), taken)) {
          end++;
        }
        addRun(doc, s, after + 1, end, added, taken);
      }
      int before = c.tokenStart() - 1;
      if (before > s.firstToken() && isAnd(doc.tokens().get(before))) {
        int start = before;
        while (start - 1 > s.firstToken() && untaggedName(doc.tokens().get(start - 1), taken)) {
          start--;
        }
        addRun(doc, s, start, before, added, taken);
      }
    }
    return added;
  }

  /** The run [from, to) as an organization when it is two or more words standing alone. */
  private static void addRun(Doc doc, Sentence s, int from, int to, List<Candidate> added, boolean[] taken) {
    boolean bounded = from - 1 < s.firstToken() || !TitleCase.capitalized(doc.tokens().get(from - 1).word())
        || isAnd(doc.tokens().get(from - 1));
    boolean closed = to >= s.endToken() || !TitleCase.capitalized(doc.tokens().get(to).word());
    if (to - from < 2 || !bounded || !closed) {
      return;
    }
    Token first = doc.tokens().get(from);
    added.add(new Candidate(EntityTypes.ORGANIZATION, "", "", Mention.NAME, from, to, first.start(),
        doc.tokens().get(to - 1).end(), s.index()));
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }

  private static boolean hasOf(Doc doc, Candidate c) {
    for (int i = c.tokenStart(); i < c.tokenEnd(); i++) {
      if (doc.tokens().get(i).word().equals("of")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAnd(Token t) {
    return t.word().toLowerCase(Locale.ROOT).equals("and");
  }

  /** An untagged capitalized proper noun in mixed case, not yet inside a name. */
  private static boolean untaggedName(Token t, boolean[] taken) {
    return !taken[t.index()] && t.ner().equals("O") && t.pos().startsWith("NNP") && TitleCase.capitalized(t.word())
        && !t.word().equals(t.word().toUpperCase(Locale.ROOT));
  }
}
