package org.dateline.corenlp;

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
 * The demonym list that ships in CoreNLP's models jar ("Ukraine", "Ukrainian", "Ukrainians"), as a map from every
 * lower-cased form to its place: the entity stage uses it to match "the Ukrainian president" with "Ukraine's
 * President Volodymyr Zelensky". Empty when the file is missing from the jar.
 */
public final class Demonyms {

  private static final String FILE = "edu/stanford/nlp/models/dcoref/demonyms.txt";

  private static final String SAINT_SHORT = "st. ";
  private static final String SAINT = "saint ";

  private Demonyms() {
  }

  /** Each form (place, adjective, plural) to the place's lower-cased name; the first line naming a form wins. */
  public static Map<String, String> load() {
    Map<String, String> placeOf = new HashMap<>();
    InputStream in = Demonyms.class.getClassLoader().getResourceAsStream(FILE);
    if (in == null) {
      return placeOf;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        String place = cols[0].toLowerCase(Locale.ROOT).trim();
        for (String col : cols) {
          String form = col.toLowerCase(Locale.ROOT).trim();
          placeOf.putIfAbsent(form, place);
          if (form.startsWith(SAINT_SHORT)) {
            // The list writes "St. Lucian"; news writes "Saint Lucian" as often.
            placeOf.putIfAbsent(SAINT + form.substring(SAINT_SHORT.length()), place);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE + " from the CoreNLP models jar", e);
    }
    return placeOf;
  }
}
