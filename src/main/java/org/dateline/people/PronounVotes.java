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
 * it passes over a person whose pronouns so far (or, before any, honorific, role noun or first name) say the other
 * gender when someone within reach fits, and a role noun naming no one ("the pregnant woman, she") that fits takes
 * the pronoun away from everyone. So "Mary met John. He said" counts for John, and a foreign name the US table
 * misreads still takes its own pronouns when it stands alone.
 */
final class PronounVotes {

  private static final Map<String, String> PRONOUNS = Map.of("he", Entity.MALE, "him", Entity.MALE, "his",
      Entity.MALE, "himself", Entity.MALE, "she", Entity.FEMALE, "her", Entity.FEMALE, "hers", Entity.FEMALE,
      "herself", Entity.FEMALE);
  /** How many sentences back an antecedent may be, as in the entity stage's pronoun linking. */
  private static final int WINDOW = 3;

  /**
   * A person's mention, or a pronoun once counted for a person: a possible antecedent of later pronouns. A role
   * noun that names no one ("the pregnant woman", "the Senator from Alaska") is one too, with no entity and the
   * gender of its word (empty when the word has none): a pronoun it is the closest fit for is not counted.
   */
  private record Referent(int start, int end, int sentence, Section section, String entityId, String gender) {
  }

  private PronounVotes() {
  }

  static String genderOf(String word) {
    return PRONOUNS.get(word.toLowerCase(Locale.ROOT));
  }

  static void count(Doc doc, EntityTable table, Map<String, Evidence> evidence, GenderLexicon lexicon) {
    List<Referent> names = new ArrayList<>();
    for (Mention m : table.mentions()) {
      if (evidence.containsKey(m.entityId()) && !m.kind().equals(Mention.PRONOUN)) {
        names.add(new Referent(m.start(), m.end(), m.sentence(), m.section(), m.entityId(), ""));
      }
    }
    for (Token t : UnnamedPeople.find(doc, table, lexicon)) {
      names.add(new Referent(t.start(), t.end(), t.sentence(), doc.sentenceOf(t).section(), null,
          lexicon.title(t.word())));
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
      String ahead = cataphora(doc, table, t, evidence);
      String chosen = ahead != null ? ahead : choose(doc, seen, t, section, gender, evidence);
      if (chosen != null) {
        evidence.get(chosen).vote(gender);
        seen.add(new Referent(t.start(), t.end(), t.sentence(), section, chosen, gender));
      }
    }
  }

  /**
   * "In his inaugural address, President Biden said": a pronoun in a sentence's opening phrase refers to the person
   * named right after that phrase's comma (titles may come between); null when the sentence is not built so.
   */
  private static String cataphora(Doc doc, EntityTable table, Token t, Map<String, Evidence> evidence) {
    List<Token> words = doc.sentenceOf(t).tokens();
    if (words.isEmpty() || !words.get(0).pos().matches("IN|RB|VBG")) {
      return null;
    }
    int i = t.index() + 1;
    int end = words.get(words.size() - 1).index();
    while (i <= end && !doc.tokens().get(i).word().equals(",")) {
      if (doc.tokens().get(i).pos().startsWith("VB") && !doc.tokens().get(i).pos().equals("VBG")) {
        return null;
      }
      i++;
    }
    for (i++; i <= end && doc.tokens().get(i).ner().equals("TITLE"); i++) {
      continue;
    }
    if (i > end) {
      return null;
    }
    Mention m = table.referentAt(doc.tokens().get(i)).orElse(null);
    return m != null && m.kind().equals(Mention.NAME) && evidence.containsKey(m.entityId()) ? m.entityId() : null;
  }

  /**
   * "Zenghelis described her": an object pronoun right after the verb of a subject is someone else (a reflexive
   * would be used for the subject). Only the verb group (verbs, adverbs, modals, commas) may lie between them.
   */
  private static boolean objectOfSubject(Doc doc, Referent r, Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    if (!t.pos().equals("PRP") || !(w.equals("him") || w.equals("her")) || r.sentence() != t.sentence()) {
      return false;
    }
    boolean verb = false;
    for (int i = t.index() - 1; i >= 0 && doc.tokens().get(i).start() >= r.end(); i--) {
      String pos = doc.tokens().get(i).pos();
      if (!(pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("MD") || pos.equals(","))) {
        return false;
      }
      verb |= pos.startsWith("VB");
    }
    return verb;
  }

  /** The most recent fitting person; the most recent one not ruled out when none fits well; else null. */
  private static String choose(Doc doc, List<Referent> seen, Token t, Section section, String gender,
                               Map<String, Evidence> evidence) {
    String fallback = null;
    java.util.Set<String> bound = new java.util.HashSet<>();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Referent r = seen.get(i);
      if (t.sentence() - r.sentence() > WINDOW) {
        break;
      }
      if (r.section() != section || r.end() > t.start() || bound.contains(r.entityId())) {
        continue;
      }
      if (r.entityId() != null && objectOfSubject(doc, r, t)) {
        bound.add(r.entityId());
        continue;
      }
      if (r.entityId() == null) {
        if (r.gender().isEmpty() || r.gender().equals(gender)) {
          return null;
        }
        continue;
      }
      Evidence ev = evidence.get(r.entityId());
      String lean = !ev.pronounLean().isEmpty() ? ev.pronounLean() : !ev.stated().isEmpty() ? ev.stated() : ev.name;
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
