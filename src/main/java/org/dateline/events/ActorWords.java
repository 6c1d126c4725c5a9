package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a participant's text, or a dictionary name, into the words actor codes are looked up by: one rule for
 * both, so "Ithilen's", "U.S." and PETRARCH's {@code UNITED_STATES} meet the dictionary as "Ithilen", "U.S." and
 * "United States". Commas, brackets, quotes and hyphens separate words ("U.S.-led": "U.S.", "led"; the same split
 * of "Barad-dur" on both sides keeps it one name); a possessive and a sentence's final period are dropped;
 * abbreviations keep their periods.
 */
final class ActorWords {

  private ActorWords() {
  }

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.replace('_', ' ').split("[\\s,;:!?()\\[\\]{}\"“”/‐–—-]+")) {
      String w = raw.replaceAll("(['’][sS]|['’])$", "").replaceAll("^['’.]+|['’]+$", "");
      if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
        w = w.substring(0, w.length() - 1);  // "Gondor." ends a sentence; "U.S." is an abbreviation
      }
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The lookup key of a phrase: its words, lower-cased, one space apart. */
  static String key(List<String> words) {
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }

  /** A name written in capitals in Dateline's tables ("US", "UK") matches only capitals: "us" is a pronoun. */
  static boolean isAcronym(String name) {
    return name.length() <= 4 && name.chars().filter(Character::isLetter).count() >= 2
        && name.equals(name.toUpperCase(Locale.ROOT));
  }

  /** PETRARCH's regular plural of a phrase, lower-cased as keys are: -y to -ies, -s to -ses, else -s. */
  static String plural(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    if (p.endsWith("y")) {
      return p.substring(0, p.length() - 1) + "ies";
    }
    return p + (p.endsWith("s") ? "es" : "s");
  }
}
