package org.dateline.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling a place name is looked up by: compatibility-normalized, accents and dots removed, case-folded,
 * apostrophes unified and a leading "the" dropped, so "the U.S.", "Zaporizhzhia" and "Zaporizhzhia" meet and
 * "Brünn" finds "Bruenn"'s place as well as "Brunn".
 */
final class PlaceNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PlaceNames() {
  }

  static String key(String name) {
    // Most names are plain ASCII: they skip the Unicode normalization, which dominates the gazetteer's load time.
    String s = ascii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'').replace('‘', '\'');
    s = s.replace('-', ' ');
    s = s.contains("  ") || s.indexOf('\t') >= 0 ? SPACES.matcher(s).replaceAll(" ").strip() : s.strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
