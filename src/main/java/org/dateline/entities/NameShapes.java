package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * Repairs of a name by its own shape, before names are compared across the article.
 * <ul>
 *   <li>A person or place without a capital letter ("18-fold" tagged LOCATION) is no name (an organization may be:
 *       "the interior ministry").</li>
 *   <li>An abbreviation at the end of a sentence loses its last period to the sentence ("the U.S." gives the token
 *       "U.S" and a period): the name takes it back, as written.</li>
 *   <li>An organization whose head word names a building or a stop ("... Towers", "... Station", "... Stadium") is
 *       a place: news corpora and CoNLL annotate facilities as locations.</li>
 *   <li>A person or place whose name opens with an institution's head and "of" or a particle ("Conservatoire de
 *       Lyon") is that institution ({@link InstitutionHeads#opensName}).</li>
 * </ul>
 */
final class NameShapes {

  private static final Set<String> FACILITY_HEADS = Set.of("tower", "towers", "station", "stadium",
      "arena", "bridge", "square", "terminal");

  /** Lower-case words inside people's names ("Joaquin del Olmo", "Ludwig van Beethoven"). */
  private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "di", "da", "das", "do",
      "dos", "du", "la", "le", "van", "von", "ter", "ten", "bin", "ibn", "al", "el");

  private NameShapes() {
  }

  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  static List<Candidate> repair(Doc doc, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      if (!EntityTypes.isName(c.type())) {
        out.add(c);
      } else if (c.type().equals(EntityTypes.ORGANIZATION) || hasCapital(doc.text(c.start(), c.end()))) {
        out.add(institution(doc, facility(doc, withFinalPeriod(doc, c))));
      }
    }
    return out;
  }

  private static boolean hasCapital(String text) {
    return text.codePoints().anyMatch(Character::isUpperCase);
  }

  private static Candidate withFinalPeriod(Doc doc, Candidate c) {
    Token last = doc.tokens().get(c.tokenEnd() - 1);
    String text = doc.article().text();
    boolean periodFollows = c.end() < text.length() && text.charAt(c.end()) == '.';
    // CoreNLP keeps the period in the word ("U.S.") and gives it to the sentence as a token of its own.
    boolean cut = last.word().endsWith(".") && !doc.text(last.start(), last.end()).endsWith(".");
    if (periodFollows && cut && c.end() == last.end()) {
      return c.withSpan(c.tokenStart(), c.tokenEnd(), c.start(), c.end() + 1);
    }
    return c;
  }

  private static Candidate institution(Doc doc, Candidate c) {
    return !c.type().equals(EntityTypes.ORGANIZATION) && InstitutionHeads.opensName(doc, c)
        ? c.retyped(EntityTypes.ORGANIZATION, "") : c;
  }

  private static Candidate facility(Doc doc, Candidate c) {
    String head = doc.tokens().get(c.tokenEnd() - 1).word().toLowerCase(Locale.ROOT);
    if (c.type().equals(EntityTypes.ORGANIZATION) && c.tokenEnd() - c.tokenStart() >= 2
        && FACILITY_HEADS.contains(head)) {
      return c.retyped(EntityTypes.LOCATION, "");
    }
    return c;
  }
}
