package org.dateline.entities;

import org.dateline.doc.Doc;
import org.dateline.doc.Sentence;

/**
 * "Now, ..." opening a sentence (after an opening quote mark, if any) turns to the next point of an argument rather
 * than saying when; TimeML leaves it out (none of the dev set's three is annotated, while "Now officials say..."
 * is). SUTime gives it PRESENT_REF.
 */
final class DiscourseNow {

  private DiscourseNow() {
  }

  /** Whether candidate {@code c}, whose lower-cased text is {@code lower}, is such a "Now,". */
  static boolean is(Doc doc, Candidate c, String lower) {
    if (!lower.equals("now")) {
      return false;
    }
    Sentence s = doc.sentences().get(c.sentence());
    int first = s.firstToken();
    while (first < c.tokenStart() && doc.tokens().get(first).pos().equals("``")) {
      first++;
    }
    return c.tokenStart() == first && c.tokenEnd() < s.endToken()
        && doc.tokens().get(c.tokenEnd()).word().equals(",");
  }
}
