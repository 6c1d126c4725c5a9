package org.dateline.page;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single line of a news page looks like: the vocabulary and tests {@link PageSegmenter} uses to tell
 * chrome, captions, bylines, job titles and headline candidates from body text. All word lists and patterns live
 * here, kept small and site-independent.
 */
final class PageLines {

  private PageLines() {
  }


  /** Whole-line UI / navigation labels (compared lower-case, trailing arrows/colons/ellipses stripped). */
  static final Set<String> CHROME_LABELS = Set.of(
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

  /** Chrome line patterns: read-time, copyright, follow/share/subscribe prompts, tags, cookie banners. */
  static final Pattern READ_TIME = Pattern.compile(
      "(?i)^(?:(?:estimated\\s+)?read(?:ing)?\\s+time\\s*:?\\s*)?\\d{1,3}\\s*-?\\s*(?:min|mins|minutes?)\\.?"
          + "(?:\\s+(?:read|listen|watch|video))?$");
  static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b)|all rights reserved");
  static final Pattern PROMPT = Pattern.compile(
      "(?i)^(?:follow\\s+(?:us|@|\\S+\\s+on)\\b|share\\s+(?:on|via|this|to)\\b|(?:sign\\s+up|subscribe)\\s+(?:for|to|now)\\b"
          + "|(?:tags|topics|filed\\s+under)\\s*:)");
  static final Pattern COOKIE = Pattern.compile(
      "(?i)\\b(?:we use cookies|uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\\b");

  /** Words of section labels allowed as multi-word labels before the headline ("World News"). */
  static final Set<String> SECTION_WORDS = Set.of(
      "world", "news", "politics", "business", "sport", "sports", "opinion", "analysis", "tech", "technology",
      "science", "health", "culture", "entertainment", "economy", "markets", "europe", "asia", "africa",
      "americas", "middle", "east", "local", "national", "international", "breaking", "live", "features",
      "environment", "climate", "us", "uk", "&", "and", "war", "latest", "exclusive", "investigations");

  /** Capitalised words that are not parts of person names (for byline / name-line detection). */
  static final Set<String> NON_NAME_WORDS = Set.of(
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
  static final Set<String> NAME_PARTICLES = Set.of(
      "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al", "ibn", "du", "dos",
      "das", "ter", "y");

  /** Job titles in author boxes. */
  static final Set<String> ROLE_WORDS = Set.of(
      "reporter", "editor", "writer", "correspondent", "journalist", "columnist", "contributor", "producer",
      "photographer", "photojournalist", "analyst", "author", "intern", "fellow", "editor-in-chief", "anchor",
      "host", "critic", "chief", "freelancer");

  static final Pattern BIO_START = Pattern.compile(
      "^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}"
          + "(?:reporter|editor|writer|correspondent|journalist|columnist|contributor|producer|photographer|analyst)"
          + "s?\\b.*?\\b(?:for|at|with|based|covering|who covers)\\b");

  static final Pattern CAPTION_PREFIX = Pattern.compile(
      "(?i)^(?:photo|image|picture|photograph|caption|pictured|photo credit|image credit|credit)\\s*:\\s*\\S");
  static final Pattern CREDIT_PAREN = Pattern.compile("\\(([^()]{2,120})\\)\\s*$");
  static final Pattern CREDIT_WORDS = Pattern.compile(
      "(?i)\\b(?:photo|photograph|image|picture|credit|courtesy|getty|afp|reuters|ap photo|epa|shutterstock|alamy"
          + "|xinhua|anadolu|sipa|nurphoto|handout|pool|file|via)\\b");
  static final Pattern SLASH_CREDIT = Pattern.compile("\\p{Lu}[^/()]*/\\s*\\p{Lu}");
  static final Pattern CREDIT_TAIL = Pattern.compile(
      "(?i)(?:^|[.!?)\\]\"”’]\\s+|\\s[|\\-–—]\\s*)(?:photo|image|picture|photograph)s?\\s*(?:credit\\s*)?(?:by\\b|:|©)"
          + "\\s*\\S.{0,100}$");
  static final Pattern AGENCY_TAIL = Pattern.compile(
      "(?:/\\s*|\\bvia\\s+)(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy|Bloomberg)\\s*$");

  static final Pattern BY_LINE = Pattern.compile("^(?i:by)\\s+(.+)$");
  static final Pattern CREDIT_BYLINE = Pattern.compile(
      "(?i)^(?:additional\\s+)?(?:reporting|writing|editing|research|written|story|words)\\s+by\\s+\\p{Lu}"
          + "|\\bcontributed\\s+(?:reporting|to\\s+this\\s+(?:report|story|article))\\.?$");

  static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  static final Pattern DATE_IN_LINE = Pattern.compile(
      "(?i)\\b(?:" + MONTH + "\\s+\\d{1,2}\\b|\\d{1,2}\\s+" + MONTH + "|" + MONTH + "\\s+\\d{4}"
          + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})");

  static final Pattern DATE_WORD = Pattern.compile(
      "(?i)(?:" + MONTH + "|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?|\\d[\\d:./-]*(?:st|nd|rd|th)?"
          + "|[ap]\\.?m\\.?|gmt|utc|[a-z]st|[a-z]dt|cet|updated:?|published:?|posted:?|last|on|at|of|the|-|–|—|\\W+)");
  static final Pattern WIRE_DATELINE = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}\\s.'’-]+(?:\\s*,\\s*[\\p{L}.\\s]+)?\\s*(?:\\(\\s*\\p{Lu}[\\p{L}\\s]*\\)\\s*)?(?:_|-{1,2}|—|–)"
          + "|(?i:\\(undated\\))\\s*(?:_|-{1,2}|—|–)?)\\s*$");

  static final int MAX_HEADLINE_CHARS = 200;
  static final int MAX_CAPTION_CHARS = 600;
  /** How many non-blank lines at the end of the text may hold an author box. */
  static final int AUTHOR_BOX_WINDOW = 15;
  /** How many non-blank lines at the top are searched for the given title. */
  static final int TITLE_WINDOW = 12;


  static boolean isChrome(String s) {
    if (s.length() > 300) {
      return false;
    }
    String l = labelKey(s);
    if (CHROME_LABELS.contains(l) || READ_TIME.matcher(l).matches()) {
      return true;
    }
    if (COPYRIGHT.matcher(s).find() && s.length() < 200) {
      return true;
    }
    if (PROMPT.matcher(s).find() && words(s) <= 12) {
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

  static boolean isHeadlineCandidate(String s) {
    if (s.length() < 2 || s.length() > MAX_HEADLINE_CHARS || !s.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    if (words(s) > 30 || isChrome(s) || isDateLine(s) || isCaption(s) || isByline(s)) {
      return false;
    }
    String core = s.replaceAll("[\"”’')\\]]+$", "");
    if (core.isEmpty()) {
      return false;
    }
    char last = core.charAt(core.length() - 1);
    if (".:;,".indexOf(last) >= 0) {
      return isWireHeadline(s);
    }
    return "?!".indexOf(last) < 0 || words(s) <= 15;
  }

  /** Newswire headline ending in a period: all caps, or tokenised with a detached final " ." (CoNLL style). */
  static boolean isWireHeadline(String s) {
    return !s.endsWith("...") && (mostlyUpperCase(s) && s.endsWith(".") || s.endsWith(" .")) && words(s) <= 25;
  }

  /** Whether {@code next} is a plausible line to follow a headline within the same paragraph. */
  static boolean fitsAfterHeadline(String head, String next) {
    if (norm(next).equals(norm(head)) || isChrome(next) || isCaption(next) || isByline(next)
        || isDateLine(next) || isNameLine(next)) {
      return true;
    }
    // a period-final wire headline needs a dateline or author line below it to count as a headline
    return !head.endsWith(".") && isBodyLike(next);
  }

  static boolean isBodyLike(String s) {
    if (s.length() > MAX_HEADLINE_CHARS || words(s) >= 15) {
      return true;
    }
    char last = s.charAt(s.length() - 1);
    return ".!?\"”’')".indexOf(last) >= 0 && words(s) >= 4;
  }

  /**
   * A standalone date or dateline line: "Sunday, January 20, 2008", "LONDON 1996-08-30",
   * "Updated: Jan. 30, 2026, 10:15 am", "WASHINGTON (AP) --". Never a headline; kept as body.
   */
  static boolean isDateLine(String s) {
    if (s.length() > 60) {
      return false;
    }
    if (WIRE_DATELINE.matcher(s).matches()) {
      return true;
    }
    if (!DATE_IN_LINE.matcher(s).find()) {
      return false;
    }
    int other = 0;
    for (String w : s.split("[\\s,|•·]+")) {
      if (!w.isEmpty() && !DATE_WORD.matcher(w).matches()) {
        other++;
      }
    }
    return other <= 3;
  }

  static boolean isCaption(String s) {
    if (s.length() > MAX_CAPTION_CHARS) {
      return false;
    }
    if (CAPTION_PREFIX.matcher(s).find()) {
      return true;
    }
    Matcher m = CREDIT_PAREN.matcher(s);
    if (m.find() && m.start() > 0) {
      String inner = m.group(1);
      if (CREDIT_WORDS.matcher(inner).find() || SLASH_CREDIT.matcher(inner).find()) {
        return true;
      }
    }
    return CREDIT_TAIL.matcher(s).find() || (words(s) >= 4 && AGENCY_TAIL.matcher(s).find());
  }

  static boolean isByline(String s) {
    if (s.length() > 150) {
      return false;
    }
    if (CREDIT_BYLINE.matcher(s).find()) {
      return true;
    }
    return bylineName(s) != null;
  }

  /** The (first) name of a "By Jane Doe[, Org]" line, or null. */
  static String bylineName(String s) {
    Matcher m = BY_LINE.matcher(s);
    if (!m.matches() || s.endsWith(".") && !s.matches(".*\\b\\p{Lu}\\.$")) {
      return null;
    }
    String head = m.group(1).split("\\s*[,|•·—–]\\s*|\\s+-\\s+", 2)[0].trim();
    String[] names = head.split("\\s+(?:and|&)\\s+");
    for (String name : names) {
      if (!isNameTokens(name, 1, 5, true)) {
        return null;
      }
    }
    return names[0];
  }

  /** A line that is just a person's name: 2-4 capitalised tokens ("Martin Fornusek", "Larry Fine"). */
  static boolean isNameLine(String s) {
    return s.length() <= 60 && !isChrome(s) && isNameTokens(s, 2, 4, false);
  }

  static boolean isNameTokens(String s, int min, int max, boolean allowAllCaps) {
    String[] toks = s.trim().split("\\s+");
    int count = 0;
    for (String t : toks) {
      if (NAME_PARTICLES.contains(t)) {
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

  static boolean isAvatar(String s) {
    String l = labelKey(s);
    return l.equals("avatar") || l.equals("author") || l.equals("author image") || l.equals("author photo")
        || l.startsWith("photo of ") || l.startsWith("profile ");
  }

  static boolean isJobTitle(String s) {
    if (s.isEmpty() || s.length() > 60 || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
      return false;
    }
    String[] w = s.split("[\\s,]+");
    if (w.length > 6) {
      return false;
    }
    boolean role = false;
    for (String x : w) {
      String l = x.toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(l) || ROLE_WORDS.contains(l.replaceAll("s$", ""))) {
        role = true;
      } else if (!Character.isUpperCase(x.codePointAt(0)) && !Set.of("of", "for", "and", "at", "the", "in", "&", "-")
          .contains(l)) {
        return false;
      }
    }
    return role;
  }

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

  /** Lower-case, whitespace-collapsed form used to compare lines with the title / headline. */
  static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static String labelKey(String s) {
    String l = norm(s);
    l = l.replaceAll("^[\\s|•·>»›→←‹«<-]+", "").replaceAll("[\\s:|•·>»›→…<-]+$", "").replaceAll("\\.{3}$", "");
    return l.strip();
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  static boolean mostlyUpperCase(String s) {
    int up = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          up++;
        }
      }
    }
    return letters >= 3 && up >= 0.8 * letters;
  }
}
