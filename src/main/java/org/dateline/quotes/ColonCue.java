package org.dateline.quotes;

import java.util.Set;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;
import org.dateline.entities.EntityTypes;

/**
 * "Graham: Trump's rhetoric destroying GOP's chances", "BOULDUAN: Why not debate?": a paragraph that opens with
 * a name and a colon attributes the rest of its sentence to that name (headline and transcript style). The
 * content runs to the end of the paragraph (a transcript's turn). The name must be a short run of nouns with a
 * person or an organization among them ("Clinton camp: ..."), a name in capitals as transcripts print speakers,
 * or a plural common noun ("Historians: ..."); "The Latest: ..." or "Beyond plagiarism, a bigger issue: ..." are
 * no sources. A headline may name the topic after the name ("Ames on the farm bill: ..."); the name speaks.
 */
final class ColonCue {

  /** How many words a name before the colon may have. */
  private static final int MAX_NAME = 5;
  /** How many words a topic after the name ("Ames on port fees: ...") may have. */
  private static final int MAX_TOPIC = 7;
  private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "POS");
  private static final Set<String> SOURCE_NER = Set.of("PERSON", "ORGANIZATION");
  /** Tags besides nouns and adjectives that a headline's topic may hold ("on the leak to the campaign"). */
  private static final Set<String> TOPIC_TAGS = Set.of("IN", "TO", "DT", "POS");

  private ColonCue() {
  }

  /** The row of sentence {@code s} when it opens its paragraph with "Name: ...", or null. */
  static Quote row(QuoteContext ctx, Sentence s) {
    int first = s.firstToken();
    if (first > 0 && ctx.paragraph(ctx.token(first - 1).start()) == ctx.paragraph(ctx.token(first).start())) {
      return null;
    }
    int colon = -1;
    for (int k = first; k < s.endToken() && k <= first + MAX_NAME + MAX_TOPIC; k++) {
      if (ctx.token(k).word().equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon <= first || colon + 1 >= s.endToken()) {
      return null;
    }
    int nameEnd = colon - first <= MAX_NAME && isName(ctx, first, colon - 1) ? colon - 1 : topicName(ctx, first, colon);
    if (nameEnd < 0) {
      return null;
    }
    int[] content = ctx.contentSpan(colon + 1, paragraphEnd(ctx, s));
    if (content == null) {
      return null;
    }
    Token mark = ctx.token(colon);
    Quote.Speaker speaker = ctx.speakers.speaker(first, nameEnd, nameEnd);
    return new Quote("", Quote.INDIRECT, content[0], content[1], speaker, new Quote.Cue(":", mark.start(), mark.end()),
        ctx.speakers.how(speaker), s.index(), s.section());
  }

  /**
   * "Senator Ames on the farm bill: 'A disgrace'": a headline's name followed by "on" and the topic of what it
   * says; the last token of the name, or -1 when the words before the colon are not that shape (a topic of
   * nouns, adjectives and prepositions, no verb, no quotation).
   */
  private static int topicName(QuoteContext ctx, int first, int colon) {
    for (int on = first + 1; on < colon - 1 && on - first <= MAX_NAME; on++) {
      if (ctx.token(on).word().equalsIgnoreCase("on")) {
        for (int k = on + 1; k < colon; k++) {
          Token t = ctx.token(k);
          boolean topicWord = t.pos().startsWith("NN") || t.pos().startsWith("JJ") || TOPIC_TAGS.contains(t.pos());
          if (!topicWord || ctx.inQuote(t)) {
            return -1;
          }
        }
        return isName(ctx, first, on - 1) ? on - 1 : -1;
      }
    }
    return -1;
  }

  /** The last token of the paragraph of sentence {@code s}: a transcript's turn runs over several sentences. */
  private static int paragraphEnd(QuoteContext ctx, Sentence s) {
    int paragraph = ctx.paragraph(s.start());
    int last = s.endToken() - 1;
    for (Sentence next : ctx.doc.sentences().subList(s.index() + 1, ctx.doc.sentences().size())) {
      if (next.tokens().isEmpty() || ctx.paragraph(next.start()) != paragraph) {
        break;
      }
      last = next.endToken() - 1;
    }
    return last;
  }

  private static boolean isCapitals(Token t) {
    return t.word().length() > 1 && t.word().chars().allMatch(Character::isUpperCase);
  }

  /**
   * Whether tokens {@code from..to} are a name that can speak: nouns with a person or organization among them
   * ("Clinton camp", "AP" tagged as a common noun), proper nouns in capitals, or a plural common noun.
   */
  private static boolean isName(QuoteContext ctx, int from, int to) {
    boolean source = false;
    for (int k = from; k <= to; k++) {
      Token t = ctx.token(k);
      boolean tag = NAME_TAGS.contains(t.pos()) || t.pos().startsWith("NN");
      if (!tag && !t.word().equals("'s") || ctx.inQuote(t)) {
        return false;
      }
      source |= SOURCE_NER.contains(t.ner()) || isCapitals(t) && NAME_TAGS.contains(t.pos());
    }
    // "Historians: Clinton, Obama linked": a plural common noun names a group that speaks; in capitals it is a
    // label ("EDITOR'S NOTES:").
    boolean plural = ctx.token(to).pos().equals("NNS") && !isCapitals(ctx.token(to));
    // "Ames: ..." with the headline's name untagged: the article's own mention of the person resolves it.
    String type = ctx.speakers.speaker(from, to, to).type();
    boolean known = type.equals(EntityTypes.PERSON) || type.equals(EntityTypes.ORGANIZATION);
    return source || plural || known;
  }
}
