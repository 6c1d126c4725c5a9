package org.dateline.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * The head nouns that open an institution's name ("University of ...", "Conservatoire de ...", "Museo del ..."),
 * in English and the Romance and Germanic forms news and biographies quote untranslated.
 */
final class InstitutionHeads {

  private static final Set<String> HEADS = Set.of("journal", "society", "municipality", "university",
      "council", "ministry", "department", "institute", "academy", "association", "federation", "commission",
      "committee", "standards", "agency", "bureau", "authority", "museum", "college", "corporation", "league",
      "foundation", "union", "bank", "court", "school", "party", "government", "parliament", "assembly",
      "conservatory", "conservatoire", "conservatorio", "université", "universidad", "università", "universidade",
      "universität", "école", "escuela", "scuola", "académie", "academia", "accademia", "institut", "instituto",
      "istituto", "musée", "museo", "collège", "colegio", "collegio", "lycée", "banque", "banco", "théâtre",
      "teatro", "opéra", "ministère", "ministerio", "ministero");

  private InstitutionHeads() {
  }

  /** A capitalized institution head noun. */
  static boolean isHead(String word) {
    return TitleCase.capitalized(word) && HEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * A name that opens with an institution's head and "of" or a name particle ("Conservatoire de Lyon", "University
   * of Ghana") names the institution, whatever type the tagger gave it: the tagger reads "X de Y" as a person.
   */
  static boolean opensName(Doc doc, Candidate c) {
    if (c.tokenEnd() - c.tokenStart() < 3) {
      return false;
    }
    List<Token> tokens = doc.tokens();
    String link = tokens.get(c.tokenStart() + 1).word();
    return isHead(tokens.get(c.tokenStart()).word())
        && (link.equals("of") || link.equals("des") || NameShapes.isParticle(link));
  }
}
