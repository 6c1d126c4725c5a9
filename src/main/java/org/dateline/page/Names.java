package org.dateline.page;

import java.util.Locale;
import java.util.Set;

/** Person names as they stand in bylines and author boxes: "Jane Doe", "Martin Fornusek", "J. R. van der Berg". */
final class Names {

  private Names() {
  }

  /** Capitalised words that are not parts of person names. */
  private static final Set<String> NON_NAME_WORDS = Set.of(
      "the", "a", "an", "news", "live", "updates", "update", "world", "politics", "business", "sport", "sports",
      "opinion", "analysis", "video", "photos", "photo", "exclusive", "breaking", "report", "editorial",
      "review", "interview", "today", "weekly", "daily", "magazine", "podcast", "newsletter", "feed", "more",
      "read", "show", "share", "related", "comments", "home", "top", "latest", "stories", "staff", "reporter",
      "editor", "writer", "correspondent", "east", "west", "north", "south", "middle", "new", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "this",
      "that", "these", "then", "now", "in", "on", "at", "of", "for", "with", "after", "before", "when",
      "subscribe", "sign", "follow", "advertisement", "sponsored", "menu", "search", "avatar", "author");

  /** Name particles that may appear lower-case inside a name. */
  private static final Set<String> PARTICLES = Set.of(
      "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al", "ibn", "du", "dos",
      "das", "ter", "y");

  /** A line that is just a person's name: 2-4 capitalised tokens ("Martin Fornusek", "Larry Fine"). */
  static boolean isNameLine(String s) {
    return s.length() <= 60 && !Chrome.isChrome(s) && isName(s, 2, 4, false);
  }

  /**
   * Whether {@code s} is {@code min} to {@code max} name tokens (capitalised words, initials, suffixes; particles
   * are free); all-caps words count when {@code allowAllCaps}.
   */
  static boolean isName(String s, int min, int max, boolean allowAllCaps) {
    String[] toks = s.trim().split("\\s+");
    int count = 0;
    for (String t : toks) {
      if (PARTICLES.contains(t)) {
        continue;
      }
      if (NON_NAME_WORDS.contains(t.toLowerCase(Locale.ROOT).replaceAll("[.,]$", ""))) {
        return false;
      }
      boolean initial = t.matches("\\p{Lu}\\.?") || t.matches("(?:\\p{Lu}\\.){2,3}");
      boolean title = t.matches("\\p{Lu}[\\p{Ll}'’]*(?:[-'’]?\\p{Lu}?[\\p{Ll}'’]+)*\\.?")
          && t.codePoints().anyMatch(Character::isLowerCase);
      boolean caps = allowAllCaps && t.matches("\\p{Lu}[\\p{Lu}'’-]+");
      boolean suffix = t.matches("(?:Jr\\.?|Sr\\.?|II|III|IV)");
      if (!(initial || title || caps || suffix)) {
        return false;
      }
      count++;
    }
    return count >= min && count <= max;
  }

  /** Whether {@code s} starts with the whole {@code name}, or (in a long line) with its first or last token. */
  static boolean startsWithName(String s, String name) {
    String[] toks = name.trim().split("\\s+");
    if (toks.length == 0 || s.length() <= name.length()) {
      return false;
    }
    if (s.startsWith(name.trim() + " ") || s.startsWith(name.trim() + ",") || s.startsWith(name.trim() + "'")) {
      return true;
    }
    String firstTok = toks[0];
    String lastTok = toks[toks.length - 1];
    return (firstTok.length() > 1 && s.startsWith(firstTok + " ") && s.length() > 60)
        || (lastTok.length() > 1 && s.startsWith(lastTok + " ") && s.length() > 60);
  }
}
