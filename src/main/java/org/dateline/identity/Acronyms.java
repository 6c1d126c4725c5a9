package org.dateline.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Acronyms an article defines or implies: "MIT" in an article that also names the "Massachusetts Institute of
 * Technology" (the initials of its capitalized words, function words skipped), both of one type. The article is
 * the evidence, so only a name of the same article counts: across a corpus "ABC" may be either of two
 * broadcasters. With two full names of the article that fit ("Data Protection Act" and "Democratic Party of
 * America" for "DPA") the acronym stays its own key.
 */
public final class Acronyms {

  /** Lower-case words an acronym skips ("Institute of Technology", "Bank for International Settlements"). */
  private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "&", "in", "on", "at", "to", "de");

  /** Where a qualifier the tagger ran into a name begins ("... of Technology in Linguistics", "..., Berkeley"). */
  private static final Pattern QUALIFIER = Pattern.compile(",| in | at ");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/]+");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}&]+|[^\\p{L}&]+$");

  private Acronyms() {
  }

  /**
   * Of one article's entity keys (key to its name), each acronym's key to the key of the one name of the same type
   * its letters are the initials of; keys that define no acronym are not in the map.
   */
  public static Map<String, String> of(Map<String, String> namesByKey) {
    Map<String, Set<String>> byInitials = new HashMap<>();
    boolean any = namesByKey.values().stream().anyMatch(n -> letters(n) != null);
    if (!any) {
      return Map.of();
    }
    namesByKey.forEach((key, name) -> {
      // The tagger may run a qualifier into the name: "Institute of Technology in Linguistics" is still "MIT".
      for (String form : new TreeSet<>(List.of(name, QUALIFIER.split(name, 2)[0]))) {
        String initials = initials(form);
        if (initials != null) {
          byInitials.computeIfAbsent(type(key) + "\t" + initials, k -> new TreeSet<>()).add(key);
        }
      }
    });
    Map<String, String> defined = new TreeMap<>();
    namesByKey.forEach((key, name) -> {
      String letters = letters(name);
      Set<String> full = letters == null ? null : byInitials.get(type(key) + "\t" + letters);
      if (full != null && full.size() == 1 && !full.contains(key)) {
        defined.put(key, full.iterator().next());
      }
    });
    return defined;
  }

  /** The letters of a name written as an acronym ("MIT", "U.N.", "NAACP"), or null for any other name. */
  static String letters(String name) {
    String s = name.trim();
    StringBuilder b = new StringBuilder(8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) {
        b.append(c);
      } else if (c != '.') {
        return null;
      }
    }
    return b.length() >= 2 && b.length() <= 8 ? b.toString() : null;
  }

  /**
   * The initials of a name of two or more capitalized words ("Massachusetts Institute of Technology": "MIT"), or
   * null when a word other than a function word is not capitalized or the name is one word.
   */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : WORD_BREAK.split(name.trim())) {
      String word = EDGE_PUNCTUATION.matcher(w).replaceAll("");
      if (word.isEmpty() || SKIPPED.contains(word)) {
        continue;
      }
      if (!Character.isUpperCase(word.charAt(0))) {
        return null;
      }
      b.append(word.charAt(0));
    }
    return b.length() >= 2 ? b.toString() : null;
  }

  /**
   * Every key of one article that its article's own names resolve ({@link #of} acronyms, {@link ShortForms}), to
   * the key of the name it stands for; the CLI and the Spark job apply it before the corpus's resolution.
   */
  public static Map<String, String> ofArticle(Map<String, String> namesByKey) {
    Map<String, String> local = new TreeMap<>(ShortForms.of(namesByKey));
    local.putAll(of(namesByKey));
    return local;
  }

  private static String type(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? "" : key.substring(0, colon);
  }
}
