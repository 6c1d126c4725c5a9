package org.dateline.geo;

import java.util.List;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Token;

/**
 * A dateline the tagger missed at the very start of an article, written as some local stations write it, in
 * brackets before a dash ("(Elm Falls) -- The council met ..."): a whole run of untagged proper nouns there is the
 * town the story is filed from, if the gazetteer has a town of that own name.
 */
final class BracketDateline {

  private static final Set<String> DASHES = Set.of("--", "-", "—", "–", ":");

  private BracketDateline() {
  }

  static List<GeoPoint> options(Doc doc, Candidates candidates, Token first, Token last) {
    List<Token> tokens = doc.tokens();
    boolean opens = first.index() == 1 && tokens.get(0).word().equals("(");
    boolean closes = last.index() + 2 < tokens.size() && tokens.get(last.index() + 1).word().equals(")")
        && DASHES.contains(tokens.get(last.index() + 2).word());
    boolean untagged = tokens.subList(first.index(), last.index() + 1).stream().allMatch(t -> t.ner().equals("O"));
    if (!opens || !closes || !untagged) {
      return List.of();
    }
    String written = doc.text(first.start(), last.end());
    return candidates.of(written).stream().filter(p -> p.featureCode().startsWith("PPL")
        && PlaceNames.key(p.name()).equals(PlaceNames.key(written))).toList();
  }
}
