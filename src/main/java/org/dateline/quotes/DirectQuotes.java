package org.dateline.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Direct quotes: which quoted spans are statements (rather than scare quotes, titles or nicknames) and which
 * cue introduces them. A statement stands where a clause can start (paragraph start, after a colon, comma or
 * dash, or right after a speech verb) and reads like one (several words ending in punctuation inside the
 * marks, or a long run of words). The cue is looked for in the quote's own sentences, outside any quote:
 * after the quote first ("...," Zelensky said), then before it (He said: "...").
 */
final class DirectQuotes {

  /** Words before a closing mark that make a quote read as a statement. */
  private static final String CLAUSE_END = ".,?!…:;";
  /** Characters after which a quote starts a clause (a sentence end included: a quote after a quote). */
  private static final String CLAUSE_START = ":,;—–-(.?!\"\u201D'";
  /** Words that make a quote a statement even without punctuation inside the marks. */
  private static final int LONG = 6;
  /** A cue further than this many tokens after the quote belongs to something else ("X, director of the ... at
   * the ..., said" runs to some 18). */
  private static final int NEAR = 20;

  private DirectQuotes() {
  }

  static boolean isDirect(QuoteContext ctx, QuoteMarks.Quoted q) {
    String text = ctx.doc.article().text();
    List<Token> inside = ctx.doc.tokens().stream()
        .filter(t -> t.start() >= q.start() && t.end() <= q.end()).toList();
    long words = inside.stream().filter(t -> !Speakers.isPunct(t)).count();
    int p = q.start() - 1;
    while (p >= 0 && text.charAt(p) != '\n' && Character.isSpaceChar(text.charAt(p)) || p >= 0 && text.charAt(p) == '\t') {
      p--;
    }
    boolean boundary = p < 0 || text.charAt(p) == '\n' || CLAUSE_START.indexOf(text.charAt(p)) >= 0;
    Token before = tokenBefore(ctx, q.start());
    boolean afterCue = before != null && Cues.SPEECH.contains(before.lemma().toLowerCase(Locale.ROOT))
        && before.pos().startsWith("VB");
    // A mark left open inside its paragraph is a stray (mixed straight and curly marks), not a statement.
    if (!q.closed() && !q.multiParagraph()) {
      return false;
    }
    int last = q.closed() ? q.end() - 1 - q.closeWidth() : q.end() - 1;
    boolean endsClause = last > q.start() && CLAUSE_END.indexOf(text.charAt(last)) >= 0;
    boolean title = QuotedTitle.isAppositive(ctx, inside, before);
    return (boundary || afterCue) && (words >= 2 && endsClause || words >= LONG) && !title;
  }

  private static Token tokenBefore(QuoteContext ctx, int offset) {
    Token found = null;
    for (Token t : ctx.doc.tokens()) {
      if (t.end() > offset) {
        break;
      }
      found = t;
    }
    return found;
  }

  /** The quote as a row, attributed when a cue is found in or right before its sentences. */
  static Quote attribute(QuoteContext ctx, QuoteMarks.Quoted q) {
    int first = ctx.sentenceAt(q.start());
    int last = ctx.sentenceAt(Math.max(q.start(), q.end() - 1));
    if (first < 0) {
      first = last;
    }
    if (last < 0) {
      last = first;
    }
    Sentence s = ctx.doc.sentences().get(first);
    Quote bare = new Quote("", Quote.DIRECT, q.start(), q.end(), Quote.Speaker.NONE, Quote.Cue.NONE, "",
        s.index(), s.section());
    int cue = cueAfter(ctx, ctx.doc.sentences().get(last), q.end());
    if (cue < 0) {
      cue = NounTaggedCue.after(ctx, ctx.doc.sentences().get(last), q.end());
    }
    if (cue < 0) {
      cue = cueBefore(ctx, s, q.start());
    }
    if (cue < 0 && last + 1 < ctx.doc.sentences().size()) {
      cue = cueInNextSentence(ctx, q, ctx.doc.sentences().get(last + 1));
    }
    if (cue < 0 && first > 0 && startsLine(ctx, q.start())) {
      // Colon-introduced: "Zelensky said on Telegram:" closing the previous paragraph.
      Sentence prev = ctx.doc.sentences().get(first - 1);
      if (ctx.token(prev.endToken() - 1).word().equals(":")) {
        cue = cueBefore(ctx, prev, prev.end());
      }
    }
    return cue < 0 ? SignatureLine.sign(ctx, bare, last) : Attribution.attach(ctx, bare, cue);
  }

  private static boolean startsLine(QuoteContext ctx, int offset) {
    String text = ctx.doc.article().text();
    int p = offset - 1;
    while (p >= 0 && text.charAt(p) != '\n' && Character.isSpaceChar(text.charAt(p)) || p >= 0 && text.charAt(p) == '\t') {
      p--;
    }
    return p < 0 || text.charAt(p) == '\n';
  }

  private static int cueAfter(QuoteContext ctx, Sentence s, int offset) {
    int seen = 0;
    for (Token t : s.tokens()) {
      if (t.start() < offset) {
        continue;
      }
      if (ctx.inQuote(t) || seen++ > NEAR) {
        return -1;
      }
      if (Attribution.isCue(ctx, t)) {
        return t.index();
      }
    }
    return -1;
  }

  /**
   * '"You winning?" she said' is split after the question mark: the cue opens the next sentence of the same
   * paragraph, in lower case or within its first words, and introduces nothing else (no clause of its own).
   */
  private static int cueInNextSentence(QuoteContext ctx, QuoteMarks.Quoted q, Sentence next) {
    if (ctx.paragraph(next.start()) != ctx.paragraph(q.end() - 1) || next.tokens().isEmpty()
        || ctx.inQuote(next.tokens().get(0))) {
      return -1;
    }
    boolean lower = Character.isLowerCase(next.tokens().get(0).word().codePointAt(0));
    DepTree tree = ctx.trees.get(next.index());
    for (int i = 0; i < Math.min(next.tokens().size(), 4); i++) {
      Token t = next.tokens().get(i);
      if (ctx.inQuote(t)) {
        return -1;
      }
      if (Attribution.isCue(ctx, t) && (lower || tree.child(t.index(), "ccomp") < 0)) {
        return t.index();
      }
    }
    return cueAfterSubject(ctx, next, tree);
  }

  /**
   * '"Long live freedom of speech!" Margarita Simonyan, the editor in chief of RT, wrote.': a sentence that is
   * only the cue's subject, however long its description, and the cue.
   */
  private static int cueAfterSubject(QuoteContext ctx, Sentence next, DepTree tree) {
    for (int i = 0; i < Math.min(next.tokens().size(), NEAR); i++) {
      Token t = next.tokens().get(i);
      if (ctx.inQuote(t)) {
        return -1;
      }
      if (Attribution.isCue(ctx, t) && tree.child(t.index(), "ccomp") < 0) {
        int source = ctx.sources.ofVerb(tree, t.index());
        int[] span = source >= 0 ? tree.span(source, Set.of()) : null;
        boolean opens = span != null && span[0] == next.firstToken() && span[1] >= t.index() - 2;
        return opens ? t.index() : -1;
      }
    }
    return -1;
  }

  private static int cueBefore(QuoteContext ctx, Sentence s, int offset) {
    for (int i = s.tokens().size() - 1; i >= 0; i--) {
      Token t = s.tokens().get(i);
      if (t.end() > offset) {
        continue;
      }
      if (ctx.inQuote(t)) {
        return -1;
      }
      if (Attribution.isCue(ctx, t)) {
        return t.index();
      }
    }
    return -1;
  }
}
