package org.dateline.entities;

import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/** Whether a line capitalizes (nearly) every word, as headlines do: capitals there say nothing about names. */
final class TitleCase {

  private TitleCase() {
  }

  static boolean is(Sentence s) {
    if (s.section() == Section.HEADLINE) {
      return true;
    }
    int words = 0;
    int capitalized = 0;
    for (Token t : s.tokens()) {
      if (Character.isLetter(t.word().codePointAt(0)) && t.word().length() > 3) {
        words++;
        capitalized += capitalized(t.word()) ? 1 : 0;
      }
    }
    return words >= 3 && capitalized * 4 >= words * 3;
  }

  /** The word begins with a capital letter. */
  static boolean capitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
