package org.dateline.geo;

import java.util.List;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;
import org.dateline.entities.EntityTypes;

/** What CoreNLP's tagger said of a run of tokens, for the place words ({@link PlaceWords}). */
final class TagRuns {

  private TagRuns() {
  }

  /** Every token of {@code first..last} is part of an amount of money CoreNLP tagged. */
  static boolean money(Doc doc, Token first, Token last) {
    for (int i = first.index(); i <= last.index(); i++) {
      if (!doc.tokens().get(i).ner().equals("MONEY")) {
        return false;
      }
    }
    return true;
  }

  /** {@code first..last} is exactly one span CoreNLP tagged as a place. */
  static boolean place(Doc doc, Token first, Token last) {
    return EntityTypes.LOCATION.equals(EntityTypes.typeOf(first.ner())) && exactly(doc, first, last, first.ner());
  }

  /** {@code first..last} is exactly one span CoreNLP tagged {@code tag}. */
  static boolean exactly(Doc doc, Token first, Token last, String tag) {
    List<Token> tokens = doc.tokens();
    if (!first.ner().equals(tag)) {
      return false;
    }
    for (int i = first.index(); i <= last.index(); i++) {
      if (!tokens.get(i).ner().equals(tag)) {
        return false;
      }
    }
    return (first.index() == 0 || !tokens.get(first.index() - 1).ner().equals(tag))
        && (last.index() + 1 == tokens.size() || !tokens.get(last.index() + 1).ner().equals(tag));
  }
}
