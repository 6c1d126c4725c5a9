package org.dateline.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The plover-dev README's lenient actor match: case-insensitive, any shared content word after dropping
 * determiners, pronouns, prepositions and titles, with plural and possessive folding and acronyms ("US" ~ "United
 * States"). A compound gold actor ("Jordan; Britain") is matched by any member. A gold actor that is absent matches
 * only a prediction without one.
 */
final class ActorMatch {

  private static final Set<String> STOP = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "his",
      "her", "their", "our", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "he", "she",
      "it", "they", "we", "i", "you", "them", "him", "president", "prime", "minister", "mr", "mrs",
      "ms", "dr", "king", "queen", "leader", "chairman", "secretary", "general", "foreign", "defence", "defense");

  private ActorMatch() {
  }

  static boolean matches(String gold, String predicted) {
    boolean goldEmpty = gold == null || gold.isBlank();
    if (goldEmpty || predicted.isBlank()) {
      return goldEmpty && predicted.isBlank();
    }
    Set<String> p = words(predicted);
    for (String member : gold.split(";")) {
      Set<String> g = words(member);
      g.retainAll(p);
      if (!g.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    StringBuilder acronym = new StringBuilder();
    for (String raw : text.replace("'s", " ").replace("’s", " ").split("[^\\p{L}\\p{N}.]+")) {
      String w = raw.replace(".", "");
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0)) && !STOP.contains(w.toLowerCase(Locale.ROOT))) {
        acronym.append(w.charAt(0));
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (!STOP.contains(lower) && !(lower.equals("us") && !w.equals("US"))) {
        out.add(fold(lower));
      }
    }
    if (acronym.length() >= 2) {
      out.add(acronym.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String fold(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
