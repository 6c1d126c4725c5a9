package org.dateline.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a place or its adjective to one key ("Ukrainian" and "Ukraine" both give "ukraine") so that "the
 * Ukrainian president" can be matched with "Ukraine's President Volodymyr Zelensky". Immutable.
 */
final class Places {

  private static final Map<String, String> ALIASES = Map.of(
      "u.s.", "united states", "us", "united states", "america", "united states", "american", "united states",
      "u.k.", "united kingdom", "uk", "united kingdom", "britain", "united kingdom", "british", "united kingdom",
      "united states of america", "united states");

  private final Map<String, String> keyOf;

  /** @param demonyms each lower-cased form to its place; the aliases above win over it */
  Places(Map<String, String> demonyms) {
    Map<String, String> map = new HashMap<>(ALIASES);
    demonyms.forEach(map::putIfAbsent);
    this.keyOf = Map.copyOf(map);
  }

  String key(String placeOrAdjective) {
    String s = placeOrAdjective.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").trim();
    String k = keyOf.getOrDefault(s, s);
    return ALIASES.getOrDefault(k, k);
  }
}
