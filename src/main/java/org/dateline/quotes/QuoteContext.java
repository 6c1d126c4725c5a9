package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/** What the quote rules share for one article: the document, its parse trees, quote marks and speakers. */
final class QuoteContext {

  final Doc doc;
  final List<DepTree> trees = new ArrayList<>();
  final List<QuoteMarks.Quoted> quoted;
  final Sources sources;
  final Speakers speakers;
  private final List<Integer> lineStarts = new ArrayList<>();

  QuoteContext(Doc doc, EntityTable entities) {
    this.doc = doc;
    doc.sentences().forEach(s -> trees.add(new DepTree(s)));
    this.quoted = QuoteMarks.find(doc.article().text()).stream().filter(q -> hasWords(doc, q)).toList();
    this.sources = new Sources(doc, this::inQuote);
    this.speakers = new Speakers(doc, entities);
    String text = doc.article().text();
    lineStarts.add(0);
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (i + 1 < text.length() && !text.substring(i + 1).isBlank() && text.charAt(i + 1) != '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  private static boolean hasWords(Doc doc, QuoteMarks.Quoted q) {
    return doc.text(q.start(), q.end()).codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Paragraph number (counting non-blank lines) of a char offset. */
  int paragraph(int offset) {
    int lo = 0;
    int hi = lineStarts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (lineStarts.get(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The quoted span a token lies in, or null. */
  QuoteMarks.Quoted quoteOf(Token t) {
    for (QuoteMarks.Quoted q : quoted) {
      if (t.start() >= q.start() && t.end() <= q.end()) {
        return q;
      }
    }
    return null;
  }

  boolean inQuote(Token t) {
    return quoteOf(t) != null;
  }

  Token token(int index) {
    return doc.tokens().get(index);
  }

  /** The sentence that holds a char offset, or -1 (chrome and blank text hold none). */
  int sentenceAt(int offset) {
    for (Sentence s : doc.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return s.index();
      }
    }
    return -1;
  }

  /**
   * The char span of tokens {@code first..last} (inclusive), without leading and trailing punctuation, except
   * that a closing quote mark keeps the punctuation inside it. A leading "that" stays: PolNeAR's content spans
   * include the complementizer (864 of 873 times on the development set). A fronted clause of contrast with a cue
   * of its own is left out ({@link TrailingAdverbial#afterLeading}). Returns null when nothing is left.
   */
  int[] contentSpan(int first, int last) {
    first = DatelineSubject.after(doc, first, last);
    if (first <= last) {
      first = TrailingAdverbial.afterLeading(this, trees.get(token(first).sentence()), first, last);
    }
    while (first <= last && Speakers.isPunct(token(first)) && !isOpenMark(token(first))) {
      first++;
    }
    while (last >= first && Speakers.isPunct(token(last)) && !isMark(token(last))) {
      last--;
    }
    if (first > last) {
      return null;
    }
    return new int[] {token(first).start(), token(last).end()};
  }

  private boolean isMark(Token t) {
    return QuoteMarks.isMarkAt(doc.article().text(), t.start());
  }

  private boolean isOpenMark(Token t) {
    for (QuoteMarks.Quoted q : quoted) {
      if (q.start() == t.start()) {
        return true;
      }
    }
    return false;
  }
}
