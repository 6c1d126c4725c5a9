package org.dateline.entities;

import java.util.List;
import java.util.regex.Pattern;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * A place named as a side of a match score ("Chile 1 – 2 Norway", "Bergen 3-0") is a team, not the place: sports
 * reports name national and city teams by their place. One sense per article: where its name is a side once, every
 * mention of it there is the team. The team keeps the place's type (CoNLL and GUM tag such teams as places) and
 * name, but gets a key of its own ({@link org.dateline.identity.KeySense#TEAM}), so across a corpus it does not
 * join the country.
 */
final class MatchSides {

  private static final Pattern GOALS = Pattern.compile("\\d{1,3}");
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}[-–—:]\\d{1,3}");
  private static final Pattern DASH = Pattern.compile("[-–—:]|--");

  private MatchSides() {
  }

  /** Marks each place cluster one of whose name mentions stands right before or after a score. */
  static void mark(Doc doc, List<Cluster> clusters) {
    for (Cluster c : clusters) {
      if (c.type.equals(EntityTypes.LOCATION)) {
        c.team = c.members.stream().anyMatch(m -> m.isPlaceName() && sideOfScore(doc, m));
      }
    }
  }

  private static boolean sideOfScore(Doc doc, Candidate m) {
    return scoreEndsAt(doc, m.tokenStart(), m.sentence()) || scoreStartsAt(doc, m.tokenEnd(), m.sentence());
  }

  /** A score "N – M" or "N-M" starts at token {@code i} of the sentence. */
  private static boolean scoreStartsAt(Doc doc, int i, int sentence) {
    return matches(doc, i, sentence, SCORE) || matches(doc, i, sentence, GOALS)
        && matches(doc, i + 1, sentence, DASH) && matches(doc, i + 2, sentence, GOALS);
  }

  /** A score ends right before token {@code i} of the sentence. */
  private static boolean scoreEndsAt(Doc doc, int i, int sentence) {
    return matches(doc, i - 1, sentence, SCORE) || matches(doc, i - 1, sentence, GOALS)
        && matches(doc, i - 2, sentence, DASH) && matches(doc, i - 3, sentence, GOALS);
  }

  private static boolean matches(Doc doc, int i, int sentence, Pattern p) {
    if (i < 0 || i >= doc.tokens().size()) {
      return false;
    }
    Token t = doc.tokens().get(i);
    // "Bergen 12-14 June" and "Bergen 10:30" are dates and times, which the tagger marks.
    return t.sentence() == sentence && p.matcher(t.word()).matches() && !EntityTypes.TEMPORAL.contains(t.ner());
  }
}
