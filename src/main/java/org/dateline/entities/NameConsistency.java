package org.dateline.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * One name, one type in an article, where the tagger's output disagrees with itself.
 * <ul>
 *   <li>A person's name cut short by the tagger ("Dries" left untagged before "Mertens") takes back the word
 *       before it when the two words are a name tagged elsewhere in the article.</li>
 *   <li>A capitalized word that is the surname of a person named in full in the article is that person where the
 *       tagger missed it ("the Cruise video" after "Tom Cruise"). Sentence-initial words count only as proper
 *       nouns, since any word is capitalized there.</li>
 *   <li>A name of two or more words tagged with different types takes the type most of its mentions have.</li>
 * </ul>
 * Spans added never overlap another name ({@link Candidate#covered}).
 */
final class NameConsistency {

  private NameConsistency() {
  }

  /** {@code found} sorted by offset. */
  static List<Candidate> repair(Doc doc, List<Candidate> found) {
    List<Candidate> out = extendPeople(doc, found);
    out.addAll(surnames(doc, out));
    out.sort(java.util.Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    return majorityTypes(doc, out);
  }

  private static List<Candidate> extendPeople(Doc doc, List<Candidate> found) {
    Set<String> names = new HashSet<>();
    found.stream().filter(c -> EntityTypes.isName(c.type()) && c.tokenEnd() - c.tokenStart() >= 2)
        .forEach(c -> names.add(NameCandidates.words(doc, c.tokenStart(), c.tokenEnd())));
    boolean[] taken = Candidate.covered(doc.tokens().size(), found);
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      int before = c.tokenStart() - 1;
      if (c.type().equals(EntityTypes.PERSON) && before >= 0 && !taken[before]
          && doc.tokens().get(before).sentence() == c.sentence() && nameWord(doc.tokens().get(before))
          && names.contains(NameCandidates.words(doc, before, c.tokenEnd()))) {
        out.add(c.withSpan(before, c.tokenEnd(), doc.tokens().get(before).start(), c.end()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Candidate> surnames(Doc doc, List<Candidate> found) {
    Set<String> surnames = new HashSet<>();
    for (Candidate c : found) {
      if (c.type().equals(EntityTypes.PERSON) && c.tokenEnd() - c.tokenStart() >= 2) {
        surnames.add(doc.tokens().get(c.tokenEnd() - 1).word());
      }
    }
    boolean[] taken = Candidate.covered(doc.tokens().size(), found);
    List<Candidate> added = new ArrayList<>();
    for (Token t : doc.tokens()) {
      boolean sentenceStart = t.index() == doc.sentences().get(t.sentence()).firstToken();
      if (!taken[t.index()] && surnames.contains(t.word()) && nameWord(t) && (t.ner().equals("O")
          || t.ner().equals("MISC")) && (!sentenceStart || t.pos().startsWith("NNP")) && alone(doc, t, taken)) {
        added.add(new Candidate(EntityTypes.PERSON, "", "", Mention.NAME, t.index(), t.index() + 1, t.start(),
            t.end(), t.sentence()));
      }
    }
    return added;
  }

  /** Not a word of a longer run of capitalized words (then it is part of another name). */
  private static boolean alone(Doc doc, Token t, boolean[] taken) {
    int i = t.index();
    boolean left = i > 0 && doc.tokens().get(i - 1).sentence() == t.sentence()
        && TitleCase.capitalized(doc.tokens().get(i - 1).word())
        && i - 1 != doc.sentences().get(t.sentence()).firstToken();
    boolean right = i + 1 < doc.tokens().size() && doc.tokens().get(i + 1).sentence() == t.sentence()
        && TitleCase.capitalized(doc.tokens().get(i + 1).word());
    return !left && !right;
  }

  private static boolean nameWord(Token t) {
    return TitleCase.capitalized(t.word()) && t.word().codePoints().anyMatch(Character::isLowerCase);
  }

  private static List<Candidate> majorityTypes(Doc doc, List<Candidate> found) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (Candidate c : found) {
      if (EntityTypes.isName(c.type()) && c.tokenEnd() - c.tokenStart() >= 2) {
        votes.computeIfAbsent(NameCandidates.words(doc, c.tokenStart(), c.tokenEnd()), k -> new HashMap<>())
            .merge(c.type(), 1, Integer::sum);
      }
    }
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      Map<String, Integer> v = EntityTypes.isName(c.type()) && c.tokenEnd() - c.tokenStart() >= 2
          ? votes.get(NameCandidates.words(doc, c.tokenStart(), c.tokenEnd())) : null;
      String winner = v == null ? c.type() : majority(v, c.type());
      out.add(winner.equals(c.type()) ? c : c.retyped(winner, ""));
    }
    return out;
  }

  /** The type with strictly more votes than every other; on a tie the candidate keeps its own. */
  private static String majority(Map<String, Integer> votes, String own) {
    String best = own;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > votes.getOrDefault(best, 0)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
