package org.dateline.geo;

import java.util.List;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Token;

/**
 * A division the tagger missed before the common noun that says it is one ("Kasserine governorate", "Cavan
 * county"): a whole run of untagged proper nouns followed by a lower-case division noun is the division of that
 * name, if the gazetteer has one; a town of the name is not enough ("Ohio county" is no town).
 */
final class DivisionWord {

  private static final Set<String> DIVISION_NOUNS = Set.of("governorate", "province", "county", "district",
      "prefecture", "oblast", "region", "department", "canton", "municipality");

  private DivisionWord() {
  }

  /** A division's common noun, in any case ("County", "province"). */
  static boolean is(String word) {
    return DIVISION_NOUNS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  static List<GeoPoint> options(Doc doc, Candidates candidates, Token first, Token last) {
    List<Token> tokens = doc.tokens();
    if (last.index() + 1 >= tokens.size() || first.index() > 0 && properNoun(tokens.get(first.index() - 1))) {
      return List.of();
    }
    Token next = tokens.get(last.index() + 1);
    boolean untagged = tokens.subList(first.index(), last.index() + 1).stream().allMatch(t -> t.ner().equals("O"));
    if (!untagged || !DIVISION_NOUNS.contains(next.word()) || next.sentence() != last.sentence()) {
      return List.of();
    }
    return candidates.of(doc.text(first.start(), last.end())).stream()
        .filter(p -> p.featureCode().startsWith("ADM")).toList();
  }

  private static boolean properNoun(Token t) {
    return t.pos().startsWith("NNP") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}
