package org.dateline.people;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.config.ModelTables;
import org.dateline.config.UsageException;
import org.dateline.doc.Entity;

/**
 * The gendered words the stage reads: first names ({@code models/people/first-names.tsv}, derived from US Social
 * Security counts, then the user's {@code first-names-extra.tsv}, whose lines override it; an empty gender there
 * removes a name), and honorifics and role nouns ({@code gendered-words.tsv}: word, gender, honorific|title).
 * All lookups are lower-cased.
 */
public final class GenderLexicon {

  static final String NAMES = "people/first-names.tsv";
  static final String EXTRA = "people/first-names-extra.tsv";
  static final String WORDS = "people/gendered-words.tsv";

  private final Map<String, String> names;
  private final Map<String, String> honorifics;
  private final Map<String, String> titles;

  GenderLexicon(Map<String, String> names, Map<String, String> honorifics, Map<String, String> titles) {
    this.names = Map.copyOf(names);
    this.honorifics = Map.copyOf(honorifics);
    this.titles = Map.copyOf(titles);
  }

  /** The bundled tables, or those of {@code modelsDir} (a folder like {@code models/}) where it has them. */
  public static GenderLexicon load(String modelsDir) {
    Map<String, String> names = new HashMap<>();
    for (ModelTables.Row row : ModelTables.rows(modelsDir, NAMES)) {
      names.put(key(row.cells()[0]), gender(row, true));
    }
    for (ModelTables.Row row : ModelTables.rows(modelsDir, EXTRA)) {
      String g = gender(row, true);
      if (g.isEmpty()) {
        names.remove(key(row.cells()[0]));
      } else {
        names.put(key(row.cells()[0]), g);
      }
    }
    Map<String, String> honorifics = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (ModelTables.Row row : ModelTables.rows(modelsDir, WORDS)) {
      String kind = row.cells().length > 2 ? row.cells()[2].trim() : "";
      if (!kind.equals(GenderStage.HONORIFIC) && !kind.equals(GenderStage.TITLE)) {
        throw new UsageException(row.source() + " line " + row.line() + ": the third column must be 'honorific' or "
            + "'title', not '" + kind + "'; fix the line");
      }
      (kind.equals(GenderStage.HONORIFIC) ? honorifics : titles).put(key(row.cells()[0]), gender(row, false));
    }
    return new GenderLexicon(names, honorifics, titles);
  }

  String firstName(String word) {
    return names.getOrDefault(key(word), "");
  }

  String honorific(String word) {
    return honorifics.getOrDefault(key(word).replaceAll("\\.$", ""), "");
  }

  String title(String word) {
    return titles.getOrDefault(key(word), "");
  }

  private static String key(String word) {
    return word.trim().toLowerCase(Locale.ROOT);
  }

  private static String gender(ModelTables.Row row, boolean emptyAllowed) {
    String g = row.cells().length > 1 ? row.cells()[1].trim() : "";
    if (g.equals(Entity.FEMALE) || g.equals(Entity.MALE) || (emptyAllowed && g.isEmpty())) {
      return g;
    }
    throw new UsageException(row.source() + " line " + row.line() + ": the gender must be 'female' or 'male'"
        + (emptyAllowed ? " (or empty to drop the name)" : "") + ", not '" + g + "'; fix the line");
  }
}
