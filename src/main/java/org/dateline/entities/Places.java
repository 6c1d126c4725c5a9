package org.dateline.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a place or its adjective to one key ("Ukrainian" and "Ukraine" both give "ukraine") so that "the
 * Ukrainian president" can be matched with "Ukraine's President Volodymyr Zelensky". Reads the demonym list
 * that ships in CoreNLP's models jar; immutable once built.
 */
final class Places {

  private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
  private static final Map<String, String> ALIASES = Map.of(
      "u.s.", "united states", "us", "united states", "america", "united states", "american", "united states",
      "u.k.", "united kingdom", "uk", "united kingdom", "britain", "united kingdom", "british", "united kingdom",
      "united states of america", "united states");

  private final Map<String, String> keyOf;

  private Places(Map<String, String> keyOf) {
    this.keyOf = keyOf;
  }

  static Places load() {
    Map<String, String> map = new HashMap<>(ALIASES);
    InputStream in = Places.class.getClassLoader().getResourceAsStream(DEMONYMS);
    if (in == null) {
      return new Places(map);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        String place = cols[0].toLowerCase(Locale.ROOT).trim();
        for (String col : cols) {
          map.putIfAbsent(col.toLowerCase(Locale.ROOT).trim(), place);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEMONYMS + " from the CoreNLP models jar", e);
    }
    return new Places(map);
  }

  String key(String placeOrAdjective) {
    String s = placeOrAdjective.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").trim();
    String k = keyOf.getOrDefault(s, s);
    return ALIASES.getOrDefault(k, k);
  }
}
