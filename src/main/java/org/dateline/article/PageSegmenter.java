package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a scraped news page into {@link Segment}s: headline, body, photo captions, bylines,
 * author bios and page chrome (navigation, UI labels, read-time, copyright, ...).
 *
 * <p>The segmenter works on lines (text between line breaks; {@code \n}, {@code \r\n} and {@code \r} all count).
 * Paragraphs are runs of non-blank lines separated by blank lines. Every non-blank line ends up in exactly one
 * segment; a segment starts at the first and ends after the last non-whitespace character of its lines.
 * Consecutive body, bio or chrome lines of one paragraph are merged into one segment; every headline, caption
 * and byline line is a segment of its own.
 *
 * <p>The rules are deliberately conservative and site-independent: anything not recognised is body, and a text
 * in which nothing would be body comes out as all body. Decisions worth knowing:
 * <ul>
 *   <li>A standalone dateline line ("Sunday, January 20, 2008", "LONDON 1996-08-30") is <b>body</b>: it is a
 *       date the user may want. It is never taken as a headline, though.</li>
 *   <li>The headline is the given {@code title} when a line near the top equals it (whitespace/case
 *       normalised); otherwise the first short, title-like line at the top that is followed by a paragraph
 *       break or by body-like text. Single-word section labels ("Politics") right before it are chrome.
 *       Later exact repeats of the headline are chrome.</li>
 *   <li>Job-title lines in an author box ("Reporter", "Senior Editor") are chrome; the name line is byline.</li>
 * </ul>
 * All word lists and patterns live in the "vocabulary" block below.
 */
public final class PageSegmenter {

  // ---------------------------------------------------------------- vocabulary (keep small, keep here)

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
  private static final Pattern READ_TIME = Pattern.compile(
      "(?i)^(?:(?:estimated\\s+)?read(?:ing)?\\s+time\\s*:?\\s*)?\\d{1,3}\\s*-?\\s*(?:min|mins|minutes?)\\.?"
          + "(?:\\s+(?:read|listen|watch|video))?$");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)\\s*\\d{4}|copyright\\b)|all rights reserved");
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

  /** Capitalised words that are not parts of person names (for byline / name-line detection). */
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
  private static final Set<String> NAME_PARTICLES = Set.of(
      "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "al", "ibn", "du", "dos",
      "das", "ter", "y");

  /** Job titles in author boxes. */
  private static final Set<String> ROLE_WORDS = Set.of(
      "reporter", "editor", "writer", "correspondent", "journalist", "columnist", "contributor", "producer",
      "photographer", "photojournalist", "analyst", "author", "intern", "fellow", "editor-in-chief", "anchor",
      "host", "critic", "chief", "freelancer");

  private static final Pattern BIO_START = Pattern.compile(
      "^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}"
          + "(?:reporter|editor|writer|correspondent|journalist|columnist|contributor|producer|photographer|analyst)"
          + "s?\\b.*?\\b(?:for|at|with|based|covering|who covers)\\b");

  private static final Pattern CAPTION_PREFIX = Pattern.compile(
      "(?i)^(?:photo|image|picture|photograph|caption|pictured|photo credit|image credit|credit)\\s*:\\s*\\S");
  private static final Pattern CREDIT_PAREN = Pattern.compile("\\(([^()]{2,120})\\)\\s*$");
  private static final Pattern CREDIT_WORDS = Pattern.compile(
      "(?i)\\b(?:photo|photograph|image|picture|credit|courtesy|getty|afp|reuters|ap photo|epa|shutterstock|alamy"
          + "|xinhua|anadolu|sipa|nurphoto|handout|pool|file|via)\\b");
  private static final Pattern SLASH_CREDIT = Pattern.compile("\\p{Lu}[^/()]*/\\s*\\p{Lu}");
  private static final Pattern CREDIT_TAIL = Pattern.compile(
      "(?i)(?:^|[.!?)\\]\"”’]\\s+|\\s[|\\-–—]\\s*)(?:photo|image|picture|photograph)s?\\s*(?:credit\\s*)?(?:by\\b|:|©)"
          + "\\s*\\S.{0,100}$");
  private static final Pattern AGENCY_TAIL = Pattern.compile(
      "(?:/\\s*|\\bvia\\s+)(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy|Bloomberg)\\s*$");

  private static final Pattern BY_LINE = Pattern.compile("^(?i:by)\\s+(.+)$");
  private static final Pattern CREDIT_BYLINE = Pattern.compile(
      "(?i)^(?:additional\\s+)?(?:reporting|writing|editing|research|written|story|words)\\s+by\\s+\\p{Lu}"
          + "|\\bcontributed\\s+(?:reporting|to\\s+this\\s+(?:report|story|article))\\.?$");

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern DATE_IN_LINE = Pattern.compile(
      "(?i)\\b(?:" + MONTH + "\\s+\\d{1,2}\\b|\\d{1,2}\\s+" + MONTH + "|" + MONTH + "\\s+\\d{4}"
          + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})");

  private static final Pattern DATE_WORD = Pattern.compile(
      "(?i)(?:" + MONTH + "|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?|\\d[\\d:./-]*(?:st|nd|rd|th)?"
          + "|[ap]\\.?m\\.?|gmt|utc|[a-z]st|[a-z]dt|cet|updated:?|published:?|posted:?|last|on|at|of|the|-|–|—|\\W+)");
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}\\s.'’-]+(?:\\s*,\\s*[\\p{L}.\\s]+)?\\s*(?:\\(\\s*\\p{Lu}[\\p{L}\\s]*\\)\\s*)?(?:_|-{1,2}|—|–)"
          + "|(?i:\\(undated\\))\\s*(?:_|-{1,2}|—|–)?)\\s*$");

  private static final int MAX_HEADLINE_CHARS = 200;
  private static final int MAX_CAPTION_CHARS = 600;
  /** How many non-blank lines at the end of the text may hold an author box. */
  private static final int AUTHOR_BOX_WINDOW = 15;
  /** How many non-blank lines at the top are searched for the given title. */
  private static final int TITLE_WINDOW = 12;

  // ---------------------------------------------------------------- lines

  private record Line(int start, int end, String text, int para) {
  }

  /**
   * Segments {@code text}.
   *
   * @param text  the article text (null is treated as empty)
   * @param title the title known from the input; may be empty or null
   * @return segments in text order, non-overlapping, covering every non-blank line
   */
  public List<Segment> segment(String text, String title) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Line> lines = splitLines(text);
    int n = lines.size();
    if (n == 0) {
      return List.of();
    }
    Section[] sec = new Section[n];

    // 1. headline (and section labels above it)
    int h = findHeadline(lines, title == null ? "" : title, sec);
    String headNorm = h >= 0 ? norm(lines.get(h).text()) : null;

    // 2. header zone right below the headline: repeats, labels, captions, bylines, author name line
    int firstBody = -1;
    if (h >= 0) {
      for (int i = h + 1; i < n; i++) {
        String s = lines.get(i).text();
        if (norm(s).equals(headNorm) || isChrome(s)) {
          sec[i] = Section.CHROME;
        } else if (isCaption(s)) {
          sec[i] = Section.CAPTION;
        } else if (isByline(s) || (i <= h + 3 && isNameLine(s))) {
          sec[i] = Section.BYLINE;
        } else {
          break;
        }
      }
    }

    // 3. anywhere: chrome labels, headline repeats, captions, bylines
    for (int i = 0; i < n; i++) {
      if (sec[i] != null) {
        continue;
      }
      String s = lines.get(i).text();
      if ((headNorm != null && norm(s).equals(headNorm)) || isChrome(s)) {
        sec[i] = Section.CHROME;
      } else if (isCaption(s)) {
        sec[i] = Section.CAPTION;
      } else if (isByline(s)) {
        sec[i] = Section.BYLINE;
      } else if (firstBody < 0) {
        firstBody = i;
      }
    }

    // 4. author box and bio near the end
    if (firstBody >= 0) {
      authorBox(lines, sec, firstBody);
      standaloneBio(lines, sec, firstBody);
    }

    // 5. the rest is body; conservative fallback when nothing would be body
    boolean anyBody = false;
    for (int i = 0; i < n; i++) {
      if (sec[i] == null) {
        sec[i] = Section.BODY;
      }
      anyBody |= sec[i] == Section.BODY;
    }
    if (!anyBody) {
      java.util.Arrays.fill(sec, Section.BODY);
    }
    return toSegments(lines, sec);
  }

  // ---------------------------------------------------------------- steps

  private int findHeadline(List<Line> lines, String title, Section[] sec) {
    int n = lines.size();
    String t = norm(title);
    if (!t.isEmpty()) {
      for (int i = 0; i < Math.min(n, TITLE_WINDOW); i++) {
        if (norm(lines.get(i).text()).equals(t)) {
          sec[i] = Section.HEADLINE;
          for (int j = 0; j < i; j++) {
            String s = lines.get(j).text();
            if (isChrome(s) || isSectionLabel(s)) {
              sec[j] = Section.CHROME;
            }
          }
          return i;
        }
      }
    }
    // labels on top, then a title-like line followed by a fitting line
    int j = 0;
    while (j < Math.min(n, 5) && (isChrome(lines.get(j).text()) || isSectionLabel(lines.get(j).text()))) {
      j++;
    }
    if (j > 0 && j + 1 < n && isHeadlineCandidate(lines.get(j).text())
        && fitsAfterHeadline(lines.get(j).text(), lines.get(j + 1).text())) {
      for (int k = 0; k < j; k++) {
        sec[k] = Section.CHROME;
      }
      sec[j] = Section.HEADLINE;
      return j;
    }
    // no labels (or labels not followed by a headline): the first line itself
    int first = 0;
    while (first < n && isChrome(lines.get(first).text()) && first < 5) {
      first++;
    }
    if (first + 1 < n && isHeadlineCandidate(lines.get(first).text())) {
      Line a = lines.get(first);
      Line b = lines.get(first + 1);
      if (b.para() != a.para() || fitsAfterHeadline(a.text(), b.text())) {
        sec[first] = Section.HEADLINE;
        return first;
      }
    }
    return -1;
  }

  private void authorBox(List<Line> lines, Section[] sec, int firstBody) {
    int n = lines.size();
    int from = Math.max(firstBody + 1, n - AUTHOR_BOX_WINDOW);
    for (int i = from; i < n; i++) {
      String s = lines.get(i).text();
      boolean byLine = sec[i] == Section.BYLINE && isByline(s);
      if (!(sec[i] == null && isNameLine(s)) && !byLine) {
        continue;
      }
      String name = byLine ? bylineName(s) : s;
      if (name == null) {
        continue;
      }
      String prev = i > 0 ? lines.get(i - 1).text() : "";
      String next = i + 1 < n ? lines.get(i + 1).text() : "";
      String after = i + 2 < n ? lines.get(i + 2).text() : "";
      boolean box = byLine || isAvatar(prev) || isJobTitle(prev) || isJobTitle(next)
          || startsWithName(next, name) || (isJobTitle(next) && startsWithName(after, name));
      if (!box) {
        continue;
      }
      sec[i] = Section.BYLINE;
      if (i > 0 && sec[i - 1] == null && isJobTitle(prev)) {
        sec[i - 1] = Section.CHROME;
      }
      int k = i + 1;
      while (k < n && (sec[k] == Section.CHROME || (sec[k] == null && isJobTitle(lines.get(k).text())))) {
        sec[k] = Section.CHROME;
        k++;
      }
      // bio: following paragraphs that start with the name
      while (k < n && sec[k] == null && startsWithName(lines.get(k).text(), name)) {
        int para = lines.get(k).para();
        while (k < n && lines.get(k).para() == para) {
          if (sec[k] == null) {
            sec[k] = Section.BIO;
          }
          k++;
        }
        while (k < n && sec[k] == Section.CHROME) {
          k++;
        }
      }
      i = k - 1;
    }
  }

  /** "Jane Doe is a reporter for ..." as the last non-chrome paragraph, without a detected author box. */
  private void standaloneBio(List<Line> lines, Section[] sec, int firstBody) {
    int last = -1;
    for (int i = lines.size() - 1; i > firstBody; i--) {
      if (sec[i] != Section.CHROME) {
        last = i;
        break;
      }
    }
    if (last < 0 || sec[last] != null) {
      return;
    }
    int para = lines.get(last).para();
    int start = last;
    while (start - 1 > firstBody && lines.get(start - 1).para() == para) {
      start--;
    }
    if (lines.get(start).para() == lines.get(firstBody).para()) {
      return;
    }
    if (BIO_START.matcher(lines.get(start).text()).find()) {
      for (int i = start; i <= last; i++) {
        if (sec[i] == null) {
          sec[i] = Section.BIO;
        }
      }
    }
  }

  // ---------------------------------------------------------------- line predicates

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
  private static boolean isWireHeadline(String s) {
    return !s.endsWith("...") && (mostlyUpperCase(s) && s.endsWith(".") || s.endsWith(" .")) && words(s) <= 25;
  }

  /** Whether {@code next} is a plausible line to follow a headline within the same paragraph. */
  private static boolean fitsAfterHeadline(String head, String next) {
    if (norm(next).equals(norm(head)) || isChrome(next) || isCaption(next) || isByline(next)
        || isDateLine(next) || isNameLine(next)) {
      return true;
    }
    // a period-final wire headline needs a dateline or author line below it to count as a headline
    return !head.endsWith(".") && isBodyLike(next);
  }

  private static boolean isBodyLike(String s) {
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

  private static boolean isNameTokens(String s, int min, int max, boolean allowAllCaps) {
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

  private static boolean isAvatar(String s) {
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

  private static boolean startsWithName(String s, String name) {
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

  // ---------------------------------------------------------------- helpers

  private static List<Line> splitLines(String text) {
    List<Line> out = new ArrayList<>();
    int para = 0;
    boolean blankSeen = false;
    int i = 0;
    int len = text.length();
    while (i < len) {
      int j = i;
      while (j < len && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
        j++;
      }
      int a = i;
      int b = j;
      while (a < b && isSpace(text.charAt(a))) {
        a++;
      }
      while (b > a && isSpace(text.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        if (blankSeen && !out.isEmpty()) {
          para++;
        }
        blankSeen = false;
        out.add(new Line(a, b, text.substring(a, b), para));
      } else {
        blankSeen = true;
      }
      if (j < len && text.charAt(j) == '\r' && j + 1 < len && text.charAt(j + 1) == '\n') {
        j++;
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
  }

  private static List<Segment> toSegments(List<Line> lines, Section[] sec) {
    List<Segment> out = new ArrayList<>();
    int curStart = -1;
    int curEnd = -1;
    int curPara = -1;
    Section cur = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Section s = sec[i];
      boolean mergeable = s == Section.BODY || s == Section.BIO || s == Section.CHROME;
      if (cur != null && s == cur && mergeable && l.para() == curPara) {
        curEnd = l.end();
        continue;
      }
      if (cur != null) {
        out.add(new Segment(cur, curStart, curEnd));
      }
      cur = s;
      curStart = l.start();
      curEnd = l.end();
      curPara = l.para();
    }
    if (cur != null) {
      out.add(new Segment(cur, curStart, curEnd));
    }
    return out;
  }

  /** Lower-case, whitespace-collapsed form used to compare lines with the title / headline. */
  static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String labelKey(String s) {
    String l = norm(s);
    l = l.replaceAll("^[\\s|•·>»›→←‹«<-]+", "").replaceAll("[\\s:|•·>»›→…<-]+$", "").replaceAll("\\.{3}$", "");
    return l.strip();
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static boolean mostlyUpperCase(String s) {
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
