package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.doc.Quote;
import org.dateline.doc.Token;

/**
 * A quoted transcript: "“MODERATOR: Why now? MS. LANE: Because the vote is close.”" Each speaker label (a name
 * in capitals and a colon, opening a sentence inside the quote) starts a turn of its own, attributed to the label
 * as {@link ColonCue} attributes a turn that opens a paragraph; the turn runs to the next label or to the closing
 * mark. Words before the first label stay the quote's own row.
 */
final class TranscriptTurns {

  /** How many words a speaker label may have ("SECRETARY OF STATE LANE"). */
  private static final int MAX_LABEL = 4;

  private TranscriptTurns() {
  }

  /** The rows of direct quote {@code d}: itself when it holds no speaker label, else its turns. */
  static List<Quote> split(QuoteContext ctx, Quote d) {
    List<Token> inside = ctx.doc.tokens().stream().filter(t -> t.start() >= d.start() && t.end() <= d.end()).toList();
    List<int[]> labels = new ArrayList<>();
    for (int k = 1; k < inside.size(); k++) {
      if (inside.get(k).word().equals(":")) {
        int first = labelStart(ctx, inside, k);
        if (first >= 0) {
          labels.add(new int[] {inside.get(first).index(), inside.get(k).index()});
        }
      }
    }
    if (labels.isEmpty()) {
      return List.of(d);
    }
    List<Quote> rows = new ArrayList<>();
    int[] lead = ctx.contentSpan(inside.get(0).index(), labels.get(0)[0] - 1);
    if (lead != null && lead[1] > lead[0] + 1) {
      rows.add(new Quote(d.quoteId(), d.kind(), d.start(), lead[1], d.speaker(), d.cue(), d.attribution(),
          d.sentence(), d.section()));
    }
    // The last turn stops before the closing mark.
    int end = inside.get(inside.size() - 1).index() - (QuoteMarks.isMarkAt(ctx.doc.article().text(),
        inside.get(inside.size() - 1).start()) ? 1 : 0);
    for (int i = 0; i < labels.size(); i++) {
      int[] label = labels.get(i);
      int[] content = ctx.contentSpan(label[1] + 1, i + 1 < labels.size() ? labels.get(i + 1)[0] - 1 : end);
      if (content != null) {
        Token colon = ctx.token(label[1]);
        Quote.Speaker speaker = ctx.speakers.speaker(label[0], label[1] - 1, label[1] - 1);
        rows.add(new Quote("", Quote.INDIRECT, content[0], content[1], speaker,
            new Quote.Cue(":", colon.start(), colon.end()), ctx.speakers.how(speaker), colon.sentence(), d.section()));
      }
    }
    return rows;
  }

  /**
   * The position in {@code inside} where the speaker label before the colon at {@code colon} starts, or -1: one
   * to four words in capitals, right after the opening mark or a sentence's end.
   */
  private static int labelStart(QuoteContext ctx, List<Token> inside, int colon) {
    int first = colon;
    while (first > 0 && colon - first < MAX_LABEL && inCapitals(inside.get(first - 1))) {
      first--;
    }
    if (first == colon || first == 0) {
      return -1;
    }
    Token before = inside.get(first - 1);
    boolean opens = first == 1 && QuoteMarks.isMarkAt(ctx.doc.article().text(), before.start())
        || ".?!".contains(before.word()) && before.word().length() == 1;
    return opens ? first : -1;
  }

  /** "PARTICIPANT", "MS.", "O'NEILL": letters all in capitals, at least two of them. */
  private static boolean inCapitals(Token t) {
    long letters = t.word().chars().filter(Character::isLetter).count();
    return letters >= 2 && t.word().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
