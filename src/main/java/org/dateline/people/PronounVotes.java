package org.dateline.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.dateline.doc.Token;

/**
 * Counts the gendered pronouns that refer to each person. Like {@code entities.PronounLinker} a pronoun refers to
 * the person mentioned most recently before it (within a few sentences of the same section), but knowing genders:
 * it never goes to a person whose honorific or role noun says the other gender, and passes over one whose pronouns
 * so far (or, before any, whose first name) say the other gender when someone closer fits. So "Mary met John. He
 * said" counts for John, and a foreign name the US table misreads still takes its own pronouns when it stands alone.
 */
final class PronounVotes {

  private static final Map<String, String> PRONOUNS = Map.of("he", Entity.MALE, "him", Entity.MALE, "his",
      Entity.MALE, "himself", Entity.MALE, "she", Entity.FEMALE, "her", Entity.FEMALE, "hers", Entity.FEMALE,
      "herself", Entity.FEMALE);
  /** How many sentences back an antecedent may be, as in the entity stage's pronoun linking. */
  private static final int WINDOW = 3;

  /** A person's mention, or a pronoun once counted for a person: a possible antecedent of later pronouns. */
  private record Referent(int start, int end, int sentence, Section section, String entityId) {
  }

  private PronounVotes() {
  }

  static String genderOf(String word) {
    return PRONOUNS.get(word.toLowerCase(Locale.ROOT));
  }

  static void count(Doc doc, EntityTable table, Map<String, Evidence> evidence) {
    List<Referent> names = new ArrayList<>();
    for (Mention m : table.mentions()) {
      if (evidence.containsKey(m.entityId()) && !m.kind().equals(Mention.PRONOUN)) {
        names.add(new Referent(m.start(), m.end(), m.sentence(), m.section(), m.entityId()));
      }
    }
    names.sort(Comparator.comparingInt(Referent::start));
    List<Referent> seen = new ArrayList<>();
    int next = 0;
    for (Token t : doc.tokens()) {
      String gender = t.pos().startsWith("PRP") ? genderOf(t.word()) : null;
      if (gender == null) {
        continue;
      }
      while (next < names.size() && names.get(next).start() < t.start()) {
        seen.add(names.get(next++));
      }
      Section section = doc.sentenceOf(t).section();
      String chosen = choose(seen, t, section, gender, evidence);
      if (chosen != null) {
        evidence.get(chosen).vote(gender);
        seen.add(new Referent(t.start(), t.end(), t.sentence(), section, chosen));
      }
    }
  }

  /** The most recent fitting person; the most recent one not ruled out when none fits well; else null. */
  private static String choose(List<Referent> seen, Token t, Section section, String gender,
                               Map<String, Evidence> evidence) {
    String fallback = null;
    for (int i = seen.size() - 1; i >= 0; i--) {
      Referent r = seen.get(i);
      if (t.sentence() - r.sentence() > WINDOW) {
        break;
      }
      if (r.section() != section || r.end() > t.start()) {
        continue;
      }
      Evidence ev = evidence.get(r.entityId());
      String stated = ev.stated();
      if (!stated.isEmpty() && !stated.equals(gender)) {
        continue;
      }
      String lean = ev.pronounLean().isEmpty() ? ev.name : ev.pronounLean();
      if (lean.isEmpty() || lean.equals(gender)) {
        return r.entityId();
      }
      if (fallback == null) {
        fallback = r.entityId();
      }
    }
    return fallback;
  }
}
