package org.dateline.geo;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bodies of water named after a land ("the Ruritanian Sea", "Borduvian Ocean"): the gazetteer has no seas, and the
 * adjective or leading name is the land's, far from the water's middle, so such a name gets no point of its words.
 */
final class WaterName {

  /** The head nouns of a named sea or ocean. */
  private static final Set<String> NOUNS = Set.of("ocean", "sea");
  private static final Pattern AFTER = Pattern.compile("\\s+(?:Ocean|Sea)\\b");

  private WaterName() {
  }

  /** A name of two words or more whose last word is a water noun. */
  static boolean named(String name) {
    return named(name.strip().split("\\s+"));
  }

  static boolean named(String[] words) {
    return words.length > 1 && NOUNS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** Whether the text right after {@code end} is a capitalized water noun: the word before it names the water. */
  static boolean follows(String text, int end) {
    return end <= text.length() && AFTER.matcher(text).region(end, text.length()).lookingAt();
  }
}
