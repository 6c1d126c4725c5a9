package org.dateline.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nouns derived from the cue verbs of {@link Cues} by English nominal suffixes: "announcement" from "announce",
 * "prediction" from "predict", "decision" from "decide", "denial" from "deny", "criticism" from "criticize",
 * "insistence" from "insist". A derived noun carries its verb's class: a noun of a verb of saying or thinking
 * takes a that-clause, a noun of a verb with an infinitive takes a to-infinitive, a noun of a verb of judgment
 * or of talking about takes its topic in a prepositional phrase. The map is built from the verb lists, so the
 * nouns grow with the lexicon and name no word of their own. Nouns that are the verb's bare form ("support",
 * "call", "attack") are not derived here: most bare forms are also concrete nouns ("show", "list", "post").
 */
final class Nominalization {

  private static final List<String> SUFFIXES = List.of("ment", "ation", "ition", "ion", "al", "ance", "ence", "ism");

  /** The verb of each derived noun lemma, for each class of verb. */
  private static final Map<String, String> SAYING = derive(Cues.VERBS);
  private static final Map<String, String> INTENT = derive(Cues.INFINITIVE_VERBS);
  private static final Map<String, String> JUDGMENT = derive(union(Cues.OBJECT_VERBS, Cues.TOPIC_VERBS));
  /** Nouns of the one who judges: "supporter", "defender", "critic", "opponent", "proponent". */
  private static final Map<String, String> AGENTS = deriveAgents(Cues.OBJECT_VERBS);

  private Nominalization() {
  }

  /** Whether {@code noun} is derived from a verb whose clause is reported speech or thought. */
  static boolean ofSaying(String noun) {
    return SAYING.containsKey(noun);
  }

  /** Whether {@code noun} is derived from a verb whose to-infinitive is what was promised, sought or decided. */
  static boolean ofIntent(String noun) {
    return INTENT.containsKey(noun);
  }

  /** Whether {@code noun} is derived from a verb whose object or prepositional object is what was judged. */
  static boolean ofJudgment(String noun) {
    return JUDGMENT.containsKey(noun);
  }

  /** Whether {@code noun} names the one who does what a verb of judging says. */
  static boolean ofAgent(String noun) {
    return AGENTS.containsKey(noun);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<String, String> derive(Set<String> verbs) {
    Map<String, String> nouns = new HashMap<>();
    for (String verb : verbs) {
      for (String stem : stems(verb)) {
        if (stem.length() < 4) {
          continue; // "see" + "al" is no noun of seeing
        }
        for (String suffix : SUFFIXES) {
          nouns.putIfAbsent(stem + suffix, verb);
        }
      }
    }
    return Map.copyOf(nouns);
  }

  private static Map<String, String> deriveAgents(Set<String> verbs) {
    Map<String, String> nouns = new HashMap<>();
    for (String verb : verbs) {
      for (String stem : stems(verb)) {
        // "critic" is "criticize" without its suffix; "opponent" and "proponent" keep the Latin stem of "-pose"
        for (String suffix : stem.length() < 4 ? List.<String>of() : List.of("er", "")) {
          if (suffix.isEmpty() == verb.endsWith("ize")) {
            nouns.putIfAbsent(stem + suffix, verb);
          }
        }
      }
      if (verb.endsWith("ose")) {
        nouns.putIfAbsent(verb.substring(0, verb.length() - 3) + "onent", verb);
      }
    }
    return Map.copyOf(nouns);
  }

  /** The forms a suffix attaches to: "argue" → "argu", "deny" → "deni", "criticize" → "critic", "decide" → "decis",
   * "admit" → "admiss", "explain" → "explan" ("explanation"). */
  private static List<String> stems(String verb) {
    List<String> stems = new ArrayList<>(List.of(verb));
    if (verb.endsWith("e")) {
      stems.add(verb.substring(0, verb.length() - 1));
    }
    if (verb.endsWith("y")) {
      stems.add(verb.substring(0, verb.length() - 1) + "i");
    }
    if (verb.endsWith("ize")) {
      stems.add(verb.substring(0, verb.length() - 3));
    }
    if (verb.endsWith("de")) {
      stems.add(verb.substring(0, verb.length() - 2) + "s");
    }
    if (verb.endsWith("it")) {
      stems.add(verb.substring(0, verb.length() - 1) + "ss");
    }
    if (verb.endsWith("ain")) {
      stems.add(verb.substring(0, verb.length() - 2) + "n");
    }
    return stems;
  }
}
