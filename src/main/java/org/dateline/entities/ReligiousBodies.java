package org.dateline.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.NameSpan;
import org.dateline.doc.Token;

/**
 * Churches as organizations. CoreNLP tags "the Catholic Church" or "the Church of Scientology" RELIGION or
 * IDEOLOGY, which are no entity types; by its construction such a name is a body of people:
 * <ul>
 *   <li>a RELIGION or IDEOLOGY span with a capitalized body noun ("Church", "Diocese", "Synod") is an
 *       organization;</li>
 *   <li>in an article that names such a body, "the Church" on its own is that organization, and so is the name
 *       of the faith in "Church of X" where it stands alone as a RELIGION span ("Scientology");</li>
 *   <li>a faith whose members the article counts ("a member of X") is that body wherever the article names
 *       it.</li>
 * </ul>
 * Spans added never overlap another name ({@link Candidate#covered}).
 */
final class ReligiousBodies {

  private static final Set<String> FAITH_TAGS = Set.of("RELIGION", "IDEOLOGY");
  private static final Set<String> BODY_NOUNS = Set.of("church", "churches", "diocese", "archdiocese", "synod",
      "patriarchate", "eparchy");
  private static final Set<String> MEMBER_NOUNS = Set.of("member", "members", "membership");

  private ReligiousBodies() {
  }

  static List<Candidate> find(Doc doc, List<Candidate> found) {
    boolean[] taken = Candidate.covered(doc.tokens().size(), found);
    List<Candidate> bodies = new ArrayList<>();
    Set<String> faiths = new HashSet<>();
    for (NameSpan s : doc.spans()) {
      int body = bodyNoun(doc, s.tokenStart(), s.tokenEnd());
      if (FAITH_TAGS.contains(s.tag()) && body >= 0 && free(taken, s.tokenStart(), s.tokenEnd())) {
        bodies.add(organization(doc, s.tokenStart(), s.tokenEnd(), s.sentence()));
        // "Church of Scientology": the faith's name follows "of".
        if (body + 2 < s.tokenEnd() && doc.tokens().get(body + 1).word().equals("of")) {
          faiths.add(NameCandidates.words(doc, body + 2, s.tokenEnd()));
        }
      } else if (FAITH_TAGS.contains(s.tag()) && membersOf(doc, s.tokenStart())) {
        faiths.add(NameCandidates.words(doc, s.tokenStart(), s.tokenEnd()));
      }
    }
    if (bodies.isEmpty() && faiths.isEmpty()) {
      return bodies;
    }
    // "the Church" alone needs a church named as such; a faith's members say nothing of which church.
    boolean churchNamed = !bodies.isEmpty();
    for (NameSpan s : doc.spans()) {
      if (FAITH_TAGS.contains(s.tag()) && faiths.contains(NameCandidates.words(doc, s.tokenStart(), s.tokenEnd()))
          && free(taken, s.tokenStart(), s.tokenEnd())) {
        bodies.add(organization(doc, s.tokenStart(), s.tokenEnd(), s.sentence()));
      }
    }
    for (Token t : doc.tokens()) {
      if (churchNamed && t.word().equals("Church") && !taken[t.index()] && t.ner().equals("O") && alone(doc, t)) {
        bodies.add(organization(doc, t.index(), t.index() + 1, t.sentence()));
      }
    }
    return bodies;
  }

  /** "a member of X", "members of X": people are members of a body, not of a belief. */
  private static boolean membersOf(Doc doc, int start) {
    return start >= 2 && doc.tokens().get(start - 1).word().equals("of")
        && MEMBER_NOUNS.contains(doc.tokens().get(start - 2).word().toLowerCase(Locale.ROOT))
        && doc.tokens().get(start - 2).sentence() == doc.tokens().get(start).sentence();
  }

  /** The index of the first capitalized body noun in the tokens, or -1. */
  private static int bodyNoun(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = doc.tokens().get(i).word();
      if (TitleCase.capitalized(w) && BODY_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** "the Church" on its own: after a determiner and before no other capitalized word. */
  private static boolean alone(Doc doc, Token t) {
    int i = t.index();
    boolean afterThe = i > 0 && doc.tokens().get(i - 1).word().equalsIgnoreCase("the");
    boolean nothingAfter = i + 1 >= doc.tokens().size() || doc.tokens().get(i + 1).sentence() != t.sentence()
        || !TitleCase.capitalized(doc.tokens().get(i + 1).word()) && !doc.tokens().get(i + 1).word().equals("of");
    return afterThe && nothingAfter;
  }

  private static Candidate organization(Doc doc, int from, int to, int sentence) {
    return new Candidate(EntityTypes.ORGANIZATION, "", "", Mention.NAME, from, to, doc.tokens().get(from).start(),
        doc.tokens().get(to - 1).end(), sentence);
  }
}
