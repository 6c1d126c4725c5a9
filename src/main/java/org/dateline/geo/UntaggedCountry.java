package org.dateline.geo;

import java.util.List;
import java.util.Locale;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Token;

/**
 * A country, continent or division the tagger left unnamed, for the place words ({@link PlaceWords}): a name it
 * read as a miscellaneous one or as no name at all beside another name (a country's formal name tagged like
 * "Olympics", or left untagged right before an envoy's name), and a country or division inside a line written all
 * in capitals, which the tagger reads poorly ("TIDAL POWER NORWAY SUMMIT 2030", a heading).
 */
final class UntaggedCountry {

  private UntaggedCountry() {
  }

  /** The countries and continents, or in a capitals line also divisions by their own name, that the run names. */
  static List<GeoPoint> options(Doc doc, EntityTable table, Candidates candidates, Token first, Token last) {
    String written = doc.text(first.start(), last.end());
    // An untagged people ("Norwegians") is no place; the tagger's miscellaneous ones are kept as they were.
    boolean untagged = untaggedWhole(doc, table, first, last) && !candidates.demonym(written);
    if (TagRuns.exactly(doc, first, last, "MISC") || untagged) {
      return candidates.of(written).stream().filter(p -> p.isCountry() || p.featureCode().equals("CONT")).toList();
    }
    if (inCapitalsLine(doc, first, last)) {
      return candidates.of(written).stream().filter(p -> (p.isCountry() || p.featureCode().equals("CONT")
          || p.featureCode().equals("ADM1")) && PlaceNames.key(p.name()).equals(PlaceNames.key(written))).toList();
    }
    return List.of();
  }

  /**
   * An untagged run of proper nouns in no name of the table that no other such proper noun touches: a name of its
   * own, even when another name follows it ("ambassador to the Grand Duchy Ann Bell", the envoy's name found by
   * the entity stage).
   */
  private static boolean untaggedWhole(Doc doc, EntityTable table, Token first, Token last) {
    List<Token> tokens = doc.tokens();
    for (int i = first.index(); i <= last.index(); i++) {
      if (!free(table, tokens.get(i))) {
        return false;
      }
    }
    return (first.index() == 0 || !free(table, tokens.get(first.index() - 1)))
        && (last.index() + 1 == tokens.size() || !free(table, tokens.get(last.index() + 1)));
  }

  /** An untagged capitalized proper noun in no mention of the table. */
  private static boolean free(EntityTable table, Token t) {
    return t.ner().equals("O") && t.pos().startsWith("NNP") && !t.word().isEmpty()
        && Character.isUpperCase(t.word().charAt(0))
        && table.mentions().stream().noneMatch(m -> m.start() < t.end() && t.start() < m.end());
  }

  /**
   * Every word of the run is written in capitals, and so is a word next to it in its sentence: a heading or a
   * title line, not an acronym in running text.
   */
  private static boolean inCapitalsLine(Doc doc, Token first, Token last) {
    List<Token> tokens = doc.tokens();
    for (int i = first.index(); i <= last.index(); i++) {
      if (!capitals(tokens.get(i))) {
        return false;
      }
    }
    boolean before = first.index() > 0 && tokens.get(first.index() - 1).sentence() == first.sentence()
        && capitals(tokens.get(first.index() - 1));
    boolean after = last.index() + 1 < tokens.size() && tokens.get(last.index() + 1).sentence() == last.sentence()
        && capitals(tokens.get(last.index() + 1));
    return before || after;
  }

  /** A word of three letters or more, all capitals. */
  private static boolean capitals(Token t) {
    String w = t.word();
    return w.length() >= 3 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT));
  }
}
