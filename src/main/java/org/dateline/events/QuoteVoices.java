package org.dateline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Participant;
import org.dateline.doc.Token;

/**
 * "I", "me", "we" and "us" inside a quote's quotation marks are its speaker: in Zelensky's "I can just as well
 * invite him", the one who invites is Zelensky. Outside the marks (reported speech, the writer's own words) they
 * are left as they are.
 */
final class QuoteVoices {

  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");
  private static final String MARKS = "\"“”";

  private final Doc doc;
  private final List<QuoteRef> quotes;

  QuoteVoices(Doc doc, List<QuoteRef> quotes) {
    this.doc = doc;
    this.quotes = quotes;
  }

  /** The participant, or when it is a first-person pronoun inside quotation marks, that quote's speaker. */
  Participant resolve(Participant p) {
    if (p.isEmpty() || p.head() >= doc.tokens().size()) {
      return p;
    }
    Token t = doc.tokens().get(p.head());
    if (!isFirstPerson(t)) {
      return p;
    }
    for (QuoteRef q : quotes) {
      if (q.contains(t.start()) && !q.speaker().isEmpty() && insideMarks(q.start(), t.start())) {
        return new Participant(p.text(), p.head(), q.speaker(), q.name(), "");
      }
    }
    return p;
  }

  /** A personal pronoun of the first person; "US" in capitals is the country. */
  private static boolean isFirstPerson(Token t) {
    String w = t.word();
    boolean cased = w.equals("I") || w.equals(w.toLowerCase(Locale.ROOT)) || w.length() > 1 && w.substring(1).equals(
        w.substring(1).toLowerCase(Locale.ROOT));
    return t.pos().equals("PRP") && cased && FIRST_PERSON.contains(w.toLowerCase(Locale.ROOT));
  }

  /** An odd number of quotation marks between the quote's start and the offset. */
  private boolean insideMarks(int from, int offset) {
    String text = doc.article().text();
    int marks = 0;
    for (int i = from; i < offset; i++) {
      marks += MARKS.indexOf(text.charAt(i)) >= 0 ? 1 : 0;
    }
    return marks % 2 == 1;
  }
}
