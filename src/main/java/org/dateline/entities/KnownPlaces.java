package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Places the tagger missed: a run of untagged proper nouns that is a name the gazetteer knows well (a country, a
 * capital, a first-level division or a big city: the predicate decides) and is not part of a longer name (no
 * capitalized proper noun touches it, it lies in no other mention, no number follows it) becomes a LOCATION name.
 */
final class KnownPlaces {

  private static final int LONGEST = 3;

  private KnownPlaces() {
  }

  static List<Candidate> find(Doc doc, List<Candidate> found, Predicate<String> wellKnown) {
    boolean[] taken = Candidate.covered(doc.tokens().size(), found);
    List<Candidate> added = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!properNoun(tokens.get(i)) || taken[tokens.get(i).index()] || i > 0 && properNoun(tokens.get(i - 1))) {
          continue;
        }
        int end = i;
        while (end < tokens.size() && properNoun(tokens.get(end)) && !taken[tokens.get(end).index()]) {
          end++;
        }
        // A number right after it makes it a team in a results line ("Chicago 4 Houston 3") or part of a name
        // ("Apollo 11"), not a place.
        boolean whole = end == tokens.size() || !properNoun(tokens.get(end)) && !tokens.get(end).pos().equals("CD");
        if (whole && end - i <= LONGEST && untagged(tokens.subList(i, end))) {
          Token first = tokens.get(i);
          Token last = tokens.get(end - 1);
          if (wellKnown.test(doc.text(first.start(), last.end()))) {
            added.add(new Candidate(EntityTypes.LOCATION, "", "", Mention.NAME, first.index(), last.index() + 1,
                first.start(), last.end(), s.index()));
          }
        }
        i = end - 1;
      }
    }
    return added;
  }

  private static boolean properNoun(Token t) {
    return t.pos().startsWith("NNP") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean untagged(List<Token> run) {
    return run.stream().allMatch(t -> t.ner().equals("O"));
  }
}
