package org.dateline.page;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page chrome: navigation and UI labels ("Read more", "Share"), read-time ("3 min read"), copyright lines,
 * follow/share/subscribe prompts, tag lists and cookie banners; and the section labels ("Politics", "World News")
 * that stand above a headline. Chrome is kept away from NLP.
 */
final class Chrome {

  private Chrome() {
  }

  /** Whole-line UI / navigation labels (compared lower-case, trailing arrows/colons/ellipses stripped). */
  private static final Set<String> LABELS = Set.of(
      "read more", "show more", "load more", "see more", "more", "news feed", "share", "share this",
      "share this article", "share this story", "advertisement", "advertising", "ad", "sponsored",
      "subscribe", "subscribe now", "sign up", "sign in", "log in", "login", "register", "related",
      "related articles", "related stories", "related content", "more stories", "comments", "comment",
      "leave a comment", "view comments", "avatar", "menu", "search", "skip to content",
      "skip to main content", "home", "back to top", "print", "email", "copy link", "listen",
      "listen to this article", "follow", "follow us", "newsletter", "most read", "most popular", "trending",
      "recommended", "you may also like", "don't miss", "latest", "latest news", "top stories", "close",
      "next", "previous", "next article", "previous article", "toggle navigation", "photo", "video", "watch",
      "gallery", "open in app", "continue reading", "read full article", "support us", "donate",
      "author", "author image", "author photo");

  private static final Pattern READ_TIME = Pattern.compile(
      "(?i)^(?:(?:estimated\\s+)?read(?:ing)?\\s+time\\s*:?\\s*)?\\d{1,3}\\s*-?\\s*(?:min|mins|minutes?)\\.?"
          + "(?:\\s+(?:read|listen|watch|video))?$");
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?i)^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b)|all rights reserved");
  private static final Pattern PROMPT = Pattern.compile(
      "(?i)^(?:follow\\s+(?:us|@|\\S+\\s+on)\\b|share\\s+(?:on|via|this|to)\\b|(?:sign\\s+up|subscribe)\\s+(?:for|to|now)\\b"
          + "|(?:tags|topics|filed\\s+under)\\s*:)");
  private static final Pattern COOKIE = Pattern.compile(
      "(?i)\\b(?:we use cookies|uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\\b");

  /** Words of section labels allowed as multi-word labels before the headline ("World News"). */
  private static final Set<String> SECTION_WORDS = Set.of(
      "world", "news", "politics", "business", "sport", "sports", "opinion", "analysis", "tech", "technology",
      "science", "health", "culture", "entertainment", "economy", "markets", "europe", "asia", "africa",
      "americas", "middle", "east", "local", "national", "international", "breaking", "live", "features",
      "environment", "climate", "us", "uk", "&", "and", "war", "latest", "exclusive", "investigations");

  static boolean isChrome(String s) {
    if (s.length() > 300) {
      return false;
    }
    String l = LineText.labelKey(s);
    if (LABELS.contains(l) || READ_TIME.matcher(l).matches()) {
      return true;
    }
    if (COPYRIGHT.matcher(s).find() && s.length() < 200) {
      return true;
    }
    if (PROMPT.matcher(s).find() && LineText.words(s) <= 12) {
      return true;
    }
    return COOKIE.matcher(s).find();
  }

  /** A short capitalised label such as "Politics" or "World News" (only meaningful above the headline). */
  static boolean isSectionLabel(String s) {
    if (s.length() > 30 || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    String[] w = s.split("\\s+");
    if (w.length == 1) {
      return s.matches("\\p{Lu}[\\p{L}&'-]*");
    }
    if (w.length > 3) {
      return false;
    }
    for (String x : w) {
      if (!SECTION_WORDS.contains(x.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Chrome or a section label: what may stand above the headline. */
  static boolean isAboveHeadline(String s) {
    return isChrome(s) || isSectionLabel(s);
  }
}
