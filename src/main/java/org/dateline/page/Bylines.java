package org.dateline.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines told from the text: "By Jane Doe[, Org]", "By JANE DOE and John Roe", and credit lines such as
 * "Additional reporting by ..." or "... contributed reporting."
 */
final class Bylines {

  private Bylines() {
  }

  private static final int MAX_CHARS = 150;

  private static final Pattern BY_LINE = Pattern.compile("^(?i:by)\\s+(.+)$");
  private static final Pattern CREDIT_BYLINE = Pattern.compile(
      "(?i)^(?:additional\\s+)?(?:reporting|writing|editing|research|written|story|words)\\s+by\\s+\\p{Lu}"
          + "|\\bcontributed\\s+(?:reporting|to\\s+this\\s+(?:report|story|article))\\.?$");

  static boolean isByline(String s) {
    if (s.length() > MAX_CHARS) {
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
      if (!Names.isName(name, 1, 5, true)) {
        return null;
      }
    }
    return names[0];
  }
}
