package org.dateline.quotes;

import java.util.Locale;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;
import org.dateline.entities.EntityTypes;

/**
 * The source behind a story's dateline ({@link Sources}): "WASHINGTON — Sen. Bernie Sanders defended ...",
 * "Washington (AFP) – Democrat Hillary Clinton has taken ...". The parser takes the place for the subject and
 * hangs the real one on it after the dash; the place says where the story was filed, not who spoke.
 */
final class DatelineSubject {

  /** A dateline is a place, a state, a day and an agency at most: "CAMBRIDGE, Mass., Dec. 11 (UPI)". */
  private static final int LONGEST = 12;

  private DatelineSubject() {
  }

  /** The subject after the dateline's dash when {@code source} heads a dateline, else {@code source}. */
  static int behind(Doc doc, DepTree tree, int source) {
    Token place = doc.tokens().get(source);
    Sentence s = doc.sentences().get(place.sentence());
    int dash = dashAfter(doc, s);
    // A place ("Jason Sims — a teacher — says ..." is a name set off by dashes, not a dateline).
    boolean isPlace = EntityTypes.LOCATION.equals(EntityTypes.typeOf(place.ner()))
        || place.word().equals(place.word().toUpperCase(Locale.ROOT)) && place.word().length() > 1;
    if (dash < 0 || source > dash || !isPlace) {
      return source;
    }
    for (int k : tree.children(source)) {
      String pos = doc.tokens().get(k).pos();
      if (k > dash && tree.relation(k).equals("dep") && (pos.startsWith("NN") || pos.equals("PRP"))) {
        return k;
      }
    }
    return source;
  }

  /**
   * "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters are ...": content from token {@code first} to {@code last}
   * that opens its sentence starts after the dateline, which says where the story was filed, not what was said.
   */
  static int after(Doc doc, int first, int last) {
    Sentence s = doc.sentences().get(doc.tokens().get(first).sentence());
    int dash = first == s.firstToken() ? dashAfter(doc, s) : -1;
    // "Twenty-three of the wounded": a hyphen inside a word is no dateline's dash.
    boolean spaced = dash > 0 && doc.tokens().get(dash - 1).end() < doc.tokens().get(dash).start();
    return spaced && dash < last ? dash + 1 : first;
  }

  /** The dash that closes a dateline opening sentence {@code s}, or -1: only names, commas, stops and brackets. */
  private static int dashAfter(Doc doc, Sentence s) {
    for (int k = s.firstToken(); k < Math.min(s.endToken(), s.firstToken() + LONGEST); k++) {
      Token t = doc.tokens().get(k);
      if (Cues.DASHES.contains(t.word())) {
        return k > s.firstToken() ? k : -1;
      }
      // "Dec. 11": a dateline may carry the day it was filed.
      boolean part = t.pos().equals("NNP") || t.pos().equals("CD") || t.word().equals(",") || t.word().equals(".")
          || t.pos().equals("-LRB-") || t.pos().equals("-RRB-");
      if (!part) {
        return -1;
      }
    }
    return -1;
  }
}
