package org.dateline.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mentions grouped as one entity while an article is resolved, with what we learned about it. */
final class Cluster {

  final String type;
  final List<String> nameWords;
  final List<Candidate> members = new ArrayList<>();
  /** Title words seen right before the name ("president", "envoy"), lower-case lemmas. */
  final Set<String> titles = new LinkedHashSet<>();
  /** Countries the titles were tied to ("Ukraine's President", "Russian President"), lower case. */
  final Set<String> places = new LinkedHashSet<>();
  /** Surface forms that include a title, e.g. "President Volodymyr Zelensky". */
  final Set<String> titledForms = new LinkedHashSet<>();
  /** A place named as a side of a match score: the team, keyed apart from the place ({@link MatchSides}). */
  boolean team;

  Cluster(String type, List<String> nameWords) {
    this.type = type;
    this.nameWords = nameWords;
  }

  /** The start of this entity's last mention before {@code offset}, or -1 if none precedes it. */
  int lastStartBefore(int offset) {
    int last = -1;
    for (Candidate c : members) {
      if (c.start() < offset) {
        last = Math.max(last, c.start());
      }
    }
    return last;
  }

  /** True when {@code words} occur in this entity's full name as a contiguous run ("Zelensky" in his name). */
  boolean nameContains(List<String> words) {
    return java.util.Collections.indexOfSubList(nameWords, words) >= 0;
  }
}
