package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;
import org.dateline.entities.EntityTypes;

/**
 * Speakers set off by commas, which the parser often files wrongly ({@link Sources}):
 * <ul>
 * <li>an inverted parenthetical cue, "Any reading of his actions, said Michael Kofman, an expert, would ...":
 * the comma before the cue opens the aside, so the name right after the cue is its subject, not the fronted
 * words the parser makes one;</li>
 * <li>a cue left without a subject after an apposition, "..., his top aide, Tad Devine, told The Post":
 * the name set off before the comma is the speaker, not the one told.</li>
 * </ul>
 */
final class CommaSpeaker {

  /** Tokens that end the comma-delimited stretch before a cue. */
  private static final Set<String> BOUNDARIES = Stream.concat(Cues.DASHES.stream(),
      Stream.of(",", ":", ";", "(", "``", "''", "\"")).collect(Collectors.toUnmodifiableSet());
  /** The longest stretch between two commas looked at (a name, or a description of one). */
  private static final int LONGEST_STRETCH = 10;

  private CommaSpeaker() {
  }

  /**
   * "X, said Michael Kofman, would ...": a finite verb of saying right after a comma, right before a name that
   * a comma, "and" or the sentence's end closes. The parser's subject, when it has one, must run up to that
   * comma without a comma of its own between ("Smith, a spokesman, said Trump, who ..." keeps Smith).
   */
  static int invertedName(Doc doc, DepTree tree, Predicate<Token> quoted, int cue, int parserSubject) {
    if (!opensAside(doc, cue) || !Cues.VERBS.contains(lemma(doc, cue))) {
      return -1;
    }
    int last = nameRunFrom(doc, quoted, cue + 1);
    if (last < 0 || last + 1 >= doc.tokens().size() || doc.tokens().get(last + 1).sentence() != sentence(doc, cue)) {
      return -1;
    }
    String after = doc.tokens().get(last + 1).word().toLowerCase(Locale.ROOT);
    if (!after.equals(",") && !after.equals("and")) {
      return -1;
    }
    if (parserSubject >= 0) {
      int subjectEnd = tree.span(parserSubject, Set.of())[1];
      for (int k = Math.max(parserSubject, subjectEnd) + 1; k < cue - 1; k++) {
        if (doc.tokens().get(k).word().equals(",")) {
          return -1;
        }
      }
      if (parserSubject > cue) {
        return -1;
      }
    }
    return last;
  }

  /**
   * "..., his top aide, Tad Devine, told The Post": a finite cue with no subject of its own, right after a
   * comma, whose stretch before the comma is a name (or a description that follows a name: "Brendan Buck, a
   * spokesman for Ryan, told"), is that name's.
   */
  static int nameBefore(Doc doc, Predicate<Token> quoted, int cue) {
    if (!opensAside(doc, cue)) {
      return -1;
    }
    int end = cue - 2;
    for (int stretch = 0; stretch < 2 && end >= 0; stretch++) {
      int begin = stretchStart(doc, end);
      if (begin < 0) {
        return -1;
      }
      if (nameRunFrom(doc, quoted, begin) == end) {
        return end;
      }
      Token first = doc.tokens().get(begin);
      boolean description = first.pos().equals("DT") || first.pos().equals("PRP$");
      if (!description || begin < 2 || !doc.tokens().get(begin - 1).word().equals(",")) {
        return -1;
      }
      end = begin - 2;
    }
    return -1;
  }

  /** A finite cue right after a comma, in the same sentence. */
  private static boolean opensAside(Doc doc, int cue) {
    return cue >= 2 && Cues.FINITE.contains(doc.tokens().get(cue).pos())
        && doc.tokens().get(cue - 1).word().equals(",") && sentence(doc, cue - 2) == sentence(doc, cue);
  }

  /** The first token of the stretch ending at {@code end}, after a boundary or the sentence start; or -1. */
  private static int stretchStart(Doc doc, int end) {
    int first = doc.sentences().get(sentence(doc, end)).firstToken();
    int k = end;
    while (k > first && !BOUNDARIES.contains(doc.tokens().get(k - 1).word())) {
      k--;
      if (end - k >= LONGEST_STRETCH) {
        return -1;
      }
    }
    return k;
  }

  /** The last token of a run of proper nouns from {@code from} that names a person, or -1. */
  private static int nameRunFrom(Doc doc, Predicate<Token> quoted, int from) {
    int k = from;
    boolean person = false;
    while (k < doc.tokens().size() && sentence(doc, k) == sentence(doc, from) && isNamePart(doc.tokens().get(k))
        && !quoted.test(doc.tokens().get(k))) {
      person |= doc.tokens().get(k).ner().equals("PERSON");
      k++;
    }
    return k > from && person ? k - 1 : -1;
  }

  private static boolean isNamePart(Token t) {
    return t.pos().startsWith("NNP") && !EntityTypes.TEMPORAL.contains(t.ner()) && !t.ner().equals("DATE");
  }

  private static String lemma(Doc doc, int k) {
    return doc.tokens().get(k).lemma().toLowerCase(Locale.ROOT);
  }

  private static int sentence(Doc doc, int k) {
    return doc.tokens().get(k).sentence();
  }
}
