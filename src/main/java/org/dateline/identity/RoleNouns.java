package org.dateline.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The generic institution nouns ("army", "parliament", "police", "church") of the bundled agent dictionary
 * ({@code models/events/agents.tsv}, first column), folded: names that stand for a different institution in each
 * country's news, so an organization called just that is never joined across articles.
 */
final class RoleNouns {

  private RoleNouns() {
  }

  /** Read once per JVM on first use: the holder class makes that lazy and thread-safe without a mutable field. */
  private static final class Bundled {
    static final Set<String> NOUNS = read();
  }

  static Set<String> bundled() {
    return Bundled.NOUNS;
  }

  private static Set<String> read() {
    Set<String> nouns = new HashSet<>();
    InputStream in = RoleNouns.class.getResourceAsStream("/models/events/agents.tsv");
    if (in == null) {
      return nouns;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String noun = AliasTable.form(line.split("\t", -1)[0]);
          nouns.add(noun);
          nouns.add(noun.endsWith("s") ? noun : noun + "s");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled models/events/agents.tsv", e);
    }
    return Set.copyOf(nouns);
  }
}
