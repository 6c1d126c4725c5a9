package org.dateline.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * People the article refers to without a name: a singular role noun (CoreNLP's TITLE or a gendered word) heading a
 * noun phrase of its own ("the pregnant woman", "The Senator from Alaska", "his wife"), not part of any mention, not
 * a title before a name ("Senator Smith"), not an apposition to a name ("Jane Doe, the poet") and not a predicate
 * ("she was the first woman"). A pronoun right
 * after one most likely refers to it, not to the last person named.
 */
final class UnnamedPeople {

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");
  /** How far back from the role noun its determiner may be ("the amazing 22-year-old poet"). */
  private static final int BACK = 4;

  private UnnamedPeople() {
  }

  static List<Token> find(Doc doc, EntityTable table, GenderLexicon lexicon) {
    List<Token> tokens = doc.tokens();
    List<Token> found = new ArrayList<>();
    for (Token t : tokens) {
      boolean role = (t.pos().equals("NN") || t.pos().equals("NNP"))
          && (t.ner().equals("TITLE") || !lexicon.title(t.word()).isEmpty());
      if (!role || table.mentionAt(t).isPresent() || beforeName(tokens, table, t)) {
        continue;
      }
      int det = determiner(tokens, t);
      if (det >= 0 && !apposition(tokens, table, det) && !predicate(tokens, det)) {
        found.add(t);
      }
    }
    return found;
  }

  /** A title or modifier of what follows: the next token is a noun, a title word or part of a person's name. */
  private static boolean beforeName(List<Token> tokens, EntityTable table, Token t) {
    int j = t.index() + 1;
    if (j >= tokens.size() || tokens.get(j).sentence() != t.sentence()) {
      return false;
    }
    Token next = tokens.get(j);
    return next.pos().startsWith("NN") || next.ner().equals("TITLE")
        || table.mentionAt(next).map(m -> m.type().equals("PERSON")).orElse(false);
  }

  /** The index of the phrase's determiner or possessive ("the", "a", "his"), -1 when there is none close by. */
  private static int determiner(List<Token> tokens, Token t) {
    for (int i = t.index() - 1; i >= 0 && i >= t.index() - BACK && tokens.get(i).sentence() == t.sentence(); i--) {
      Token w = tokens.get(i);
      if (DETERMINERS.contains(w.word().toLowerCase(java.util.Locale.ROOT)) || w.pos().equals("PRP$")) {
        return i;
      }
      if (!(w.pos().startsWith("JJ") || w.pos().startsWith("NN") || w.pos().equals("CD") || w.pos().equals("HYPH"))) {
        return -1;
      }
    }
    return -1;
  }

  /** "She was the first woman to ...", "he became a monk": the phrase says what the subject is. */
  private static boolean predicate(List<Token> tokens, int det) {
    if (det < 1 || tokens.get(det - 1).sentence() != tokens.get(det).sentence()) {
      return false;
    }
    String lemma = tokens.get(det - 1).lemma().toLowerCase(java.util.Locale.ROOT);
    return lemma.equals("be") || lemma.equals("become") || lemma.equals("remain");
  }

  /** "NAME, the ...": the phrase describes the person just named. */
  private static boolean apposition(List<Token> tokens, EntityTable table, int det) {
    if (det < 2 || !tokens.get(det - 1).word().equals(",")) {
      return false;
    }
    return table.mentionAt(tokens.get(det - 2)).map(m -> m.type().equals("PERSON") && !m.kind().equals(Mention.PRONOUN))
        .orElse(false);
  }
}
