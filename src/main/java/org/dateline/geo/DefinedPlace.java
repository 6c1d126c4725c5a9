package org.dateline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Token;

/**
 * A name the tagger missed that its own sentence defines as a settlement: a run of proper nouns, then "is" or "was",
 * "a" or "an", at most four modifiers and a settlement noun that ends the phrase ("Elm Point is a quiet
 * suburb", "Ashby was a mining village"). It is a place of the article's town, found like a facility
 * ({@link FacilityRows}: a town of its sentence or paragraph, else the heart town).
 */
final class DefinedPlace {

  /** Nouns of places where people live, smaller than any division. */
  private static final Set<String> SETTLEMENTS = Set.of("community", "village", "town", "hamlet", "suburb",
      "neighborhood", "neighbourhood", "township", "settlement", "subdivision");

  private static final int MODIFIERS = 4;

  private DefinedPlace() {
  }

  static List<FacilityNames.Span> find(Doc doc, EntityTable table) {
    List<FacilityNames.Span> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    for (int i = 1; i + 2 < tokens.size(); i++) {
      String verb = tokens.get(i).word();
      String article = tokens.get(i + 1).word();
      if (!(verb.equals("is") || verb.equals("was")) || !(article.equals("a") || article.equals("an"))
          || !settlementAhead(tokens, i + 2)) {
        continue;
      }
      int first = i;
      while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(i).sentence()
          && tokens.get(first - 1).pos().startsWith("NNP")) {
        first--;
      }
      if (first < i && !SiteAtTown.touched(table, tokens.get(first), tokens.get(i - 1))) {
        out.add(new FacilityNames.Span(tokens.get(first), tokens.get(i - 1)));
      }
    }
    return out;
  }

  /**
   * A settlement noun within the next few modifiers that is the last noun of its phrase; a hyphened compound
   * ("long-settled", "well-to-do") counts as one modifier, whatever its parts are.
   */
  private static boolean settlementAhead(List<Token> tokens, int from) {
    int modifiers = 0;
    for (int j = from; j < tokens.size() && modifiers <= MODIFIERS; j++) {
      Token t = tokens.get(j);
      if (SETTLEMENTS.contains(t.word())) {
        return j + 1 >= tokens.size() || !tokens.get(j + 1).pos().startsWith("NN");
      }
      boolean hyphened = hyphen(t) || j + 1 < tokens.size() && hyphen(tokens.get(j + 1)) || hyphen(tokens.get(j - 1));
      if (hyphened) {
        continue;
      }
      if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().startsWith("VB"))) {
        return false;
      }
      modifiers++;
    }
    return false;
  }

  private static boolean hyphen(Token t) {
    return t.word().equals("-") || t.pos().equals("HYPH");
  }
}
