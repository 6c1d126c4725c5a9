package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.dateline.doc.Token;

/**
 * Resolves third-person personal pronouns to the person mentioned most recently before them, within a short
 * window. A pronoun with no person close enough stays unresolved and is not written: a bare "he" is never a
 * PERSON on its own.
 */
final class PronounLinker {

  private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
      "herself");
  /** How many sentences back an antecedent may be. */
  private static final int WINDOW = 3;

  private PronounLinker() {
  }

  static List<Candidate> link(Doc doc, List<Cluster> clusters) {
    List<Candidate> linked = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (!t.pos().startsWith("PRP") || !PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Section section = doc.sentenceOf(t).section();
      Cluster best = null;
      int bestStart = -1;
      for (Cluster c : clusters) {
        if (!c.type.equals(EntityTypes.PERSON)) {
          continue;
        }
        for (Candidate m : c.members) {
          boolean near = m.start() < t.start() && m.start() > bestStart && t.sentence() - m.sentence() <= WINDOW
              && doc.sentences().get(m.sentence()).section() == section;
          if (near) {
            best = c;
            bestStart = m.start();
          }
        }
      }
      if (best != null) {
        Candidate pronoun = new Candidate(EntityTypes.PERSON, "", "", Mention.PRONOUN, t.index(), t.index() + 1,
            t.start(), t.end(), t.sentence());
        linked.add(pronoun);
        best.members.add(pronoun);
      }
    }
    return linked;
  }
}
