package org.dateline.people;

import java.util.LinkedHashSet;
import java.util.Set;
import org.dateline.doc.Entity;

/**
 * What one article says about one person's gender, gathered by {@link GenderStage}: pronoun votes, the genders of
 * honorifics and role nouns next to the name, and the first-name table's answer. Mutable while gathering.
 */
final class Evidence {

  /** A clear pronoun majority: a stray pronoun mislinked from a neighbour does not erase the person's own. */
  private static final double PRONOUN_MAJORITY = 0.75;

  int male;
  int female;
  final Set<String> honorifics = new LinkedHashSet<>();
  final Set<String> titles = new LinkedHashSet<>();
  String name = "";

  @Override
  public String toString() {
    return "he " + male + " she " + female + " honorific " + honorifics + " title " + titles + " name " + name;
  }

  void vote(String gender) {
    if (gender.equals(Entity.MALE)) {
      male++;
    } else {
      female++;
    }
  }

  /** The gender honorifics and role nouns agree on; empty when they say nothing or disagree. */
  String stated() {
    Set<String> all = new LinkedHashSet<>(honorifics);
    all.addAll(titles);
    return all.size() == 1 ? all.iterator().next() : "";
  }

  /** The gender the pronouns so far lean to (used while linking later pronouns); empty when none. */
  String pronounLean() {
    return male > female ? Entity.MALE : female > male ? Entity.FEMALE : "";
  }

  /** The pronouns' gender when they clearly agree; empty when there are none or they conflict. */
  String pronouns() {
    int all = male + female;
    if (all == 0) {
      return "";
    }
    return male >= PRONOUN_MAJORITY * all ? Entity.MALE : female >= PRONOUN_MAJORITY * all ? Entity.FEMALE : "";
  }

  /**
   * The decision, as {gender, source}: the article's evidence (pronouns, then honorifics, then role nouns) when it
   * agrees; nothing when it conflicts; the first-name table only when the article says nothing.
   */
  String[] decide() {
    boolean pronounConflict = male + female > 0 && pronouns().isEmpty();
    Set<String> said = new LinkedHashSet<>();
    if (!pronouns().isEmpty()) {
      said.add(pronouns());
    }
    said.addAll(honorifics);
    said.addAll(titles);
    if (pronounConflict || said.size() > 1) {
      return new String[] {"", ""};
    }
    if (said.size() == 1) {
      String g = said.iterator().next();
      String source = g.equals(pronouns()) ? GenderStage.PRONOUN
          : honorifics.contains(g) ? GenderStage.HONORIFIC : GenderStage.TITLE;
      return new String[] {g, source};
    }
    return name.isEmpty() ? new String[] {"", ""} : new String[] {name, GenderStage.NAME};
  }
}
