package org.dateline.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions, told from the text: a "Photo:" / "Image:" prefix, a credit in parentheses at the end
 * ("(AP Photo/Jane Roe)", "(Photo: Reuters)"), a "Photo by ..." tail or an agency at the end ("... / Getty Images").
 */
final class Captions {

  private Captions() {
  }

  private static final int MAX_CHARS = 600;

  private static final Pattern PREFIX = Pattern.compile(
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

  static boolean isCaption(String s) {
    if (s.length() > MAX_CHARS) {
      return false;
    }
    if (PREFIX.matcher(s).find()) {
      return true;
    }
    Matcher m = CREDIT_PAREN.matcher(s);
    if (m.find() && m.start() > 0) {
      String inner = m.group(1);
      if (CREDIT_WORDS.matcher(inner).find() || SLASH_CREDIT.matcher(inner).find()) {
        return true;
      }
    }
    return CREDIT_TAIL.matcher(s).find() || (LineText.words(s) >= 4 && AGENCY_TAIL.matcher(s).find());
  }
}
