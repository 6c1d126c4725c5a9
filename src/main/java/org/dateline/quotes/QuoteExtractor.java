package org.dateline.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;

/**
 * The quote stage: NLP document and entity table in, quote rows out. Direct quotes come from quotation marks,
 * reported and mixed speech from the parse; a quoted fragment inside reported content makes that row mixed
 * instead of becoming a row of its own; a quote with no cue of its own takes the speaker of the attribution
 * just before it (same or previous paragraph). Ids are numbered in text order. Stateless and thread-safe.
 */
public final class QuoteExtractor {

  /** How many paragraphs back a quote without a cue may find its speaker. */
  private static final int ADJACENT_PARAGRAPHS = 1;

  public List<Quote> extract(Doc doc, EntityTable entities) {
    QuoteContext ctx = new QuoteContext(doc, entities);
    List<Quote> direct = new ArrayList<>();
    List<QuoteMarks.Quoted> embedded = new ArrayList<>();
    for (QuoteMarks.Quoted q : ctx.quoted) {
      if (ctx.sentenceAt(q.start()) < 0) {
        continue;
      }
      if (DirectQuotes.isDirect(ctx, q)) {
        direct.add(DirectQuotes.attribute(ctx, q));
      } else {
        embedded.add(q);
      }
    }
    List<Quote> reported = new ArrayList<>();
    for (Quote r : ReportedSpeech.find(ctx)) {
      reported.add(coverQuotes(ctx, r));
    }
    reported.removeIf(r -> direct.stream().anyMatch(d -> overlap(r, d) * 2 >= r.end() - r.start()));
    List<Quote> outer = List.copyOf(reported);
    reported.removeIf(r -> isNested(r, outer));
    direct.removeIf(d -> reported.stream().anyMatch(r -> r.start() < d.start() && r.end() >= d.end()
        && !introducedInside(ctx, d, r)));
    for (QuoteMarks.Quoted e : embedded) {
      boolean covered = reported.stream().anyMatch(r -> r.start() <= e.start() && e.end() <= r.end() + 1);
      if (!covered) {
        Quote governed = Mixed.governedBy(ctx, e);
        if (governed != null) {
          // A cue whose content row stops short of the fragment: the row runs on through the fragment.
          reported.removeIf(r -> r.cue().start() == governed.cue().start() && r.start() == governed.start());
          reported.add(governed);
        }
      }
    }
    List<Quote> rows = new ArrayList<>();
    for (Quote d : direct) {
      rows.addAll(TranscriptTurns.split(ctx, d));
    }
    rows.addAll(reported);
    rows.sort(Comparator.comparingInt(Quote::start).thenComparingInt(q -> -q.end()));
    return number(ctx, dedupe(rows));
  }

  /** A clause that ends inside quoted words ends with them: the parse leaves the closing mark outside. */
  private static Quote coverQuotes(QuoteContext ctx, Quote r) {
    for (QuoteMarks.Quoted q : ctx.quoted) {
      // A quote that starts inside the clause, or right after it behind a comma ("was not the banks' fault,
      // "not by a long shot."").
      boolean after = q.start() >= r.end() && ctx.doc.text(r.end(), q.start()).matches("\\s*,\\s*");
      if (q.start() >= r.start() && (q.start() < r.end() || after) && q.end() > r.end()
          && q.end() <= ctx.doc.sentences().get(r.sentence()).end() + 1) {
        return new Quote(r.quoteId(), r.kind(), r.start(), q.end(), r.speaker(), r.cue(), r.attribution(),
            r.sentence(), r.section());
      }
    }
    return r;
  }

  /**
   * An attribution inside someone's reported words is part of that content, not a row of its own: PolNeAR marks
   * only the outer one ("they say they want X"; "he noted that she has acknowledged X"). An attitude verb is
   * dropped when its cue lies in another row's content; a verb of saying only when its whole content does too
   * (a cue caught in an outer row that runs on too far keeps its row).
   */
  private static boolean isNested(Quote r, List<Quote> rows) {
    if (r.cue().start() < 0) {
      return false;
    }
    boolean saying = Cues.SAY.contains(r.cue().lemma());
    return rows.stream().anyMatch(o -> o != r && o.start() <= r.cue().start() && r.cue().end() <= o.end()
        && (!saying || o.start() <= r.start() && r.end() <= o.end()));
  }

  /**
   * A direct quote whose own cue lies inside a reported row and opens it with a colon ("Asked about X, Lee replied:
   * "Not yet."") is that speaker's statement, not part of the reported content: PolNeAR marks it on its own.
   */
  private static boolean introducedInside(QuoteContext ctx, Quote d, Quote r) {
    return d.cue().start() >= r.start() && d.cue().end() <= d.start()
        && ctx.doc.text(d.cue().end(), d.start()).strip().equals(":");
  }

  private static int overlap(Quote a, Quote b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  /**
   * Two cues over one clause ("said and added that ...") give one row: the first. One cue gives one content:
   * of two overlapping rows of the same cue (a clause and a quotation inside or around it; a misparse that runs
   * a quote on over its speaker's name) the direct quote stays, else the longer.
   */
  private static List<Quote> dedupe(List<Quote> sorted) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : sorted) {
      if (out.stream().noneMatch(o -> o.start() == q.start() && o.end() == q.end())) {
        out.add(q);
      }
    }
    out.removeIf(q -> out.stream().anyMatch(o -> o != q && sameCue(o, q) && overlap(o, q) > 0
        && rank(o) > rank(q)));
    return out;
  }

  /** Which of two rows of one cue stays: a direct quote (its marks are sure), else the longer content. */
  private static long rank(Quote q) {
    return (q.kind().equals(Quote.DIRECT) ? 1L << 32 : 0) + q.end() - q.start();
  }

  private static boolean sameCue(Quote a, Quote b) {
    return a.cue().start() >= 0 && a.cue().start() == b.cue().start();
  }

  /**
   * The rows in text order, numbered, each speakerless one lent the speaker before it where it may be. Quoted
   * words left with neither a cue nor a speaker are a title, a slogan, a sign or a headline, not an attribution
   * (PolNeAR marks an attribution by its source or its cue): no row.
   */
  private static List<Quote> number(QuoteContext ctx, List<Quote> rows) {
    List<Quote> out = new ArrayList<>();
    Quote lastAttributed = null;
    for (Quote q : rows) {
      Quote r = q.withKind(kindOf(ctx, q));
      // Quoted words with no speaker of their own (no cue, or a cue whose subject the parse lost); a mixed row
      // so lent a speaker lends it no further (its cue is its own, its speaker only a guess).
      boolean open = !r.hasSpeaker() && (r.cue().start() < 0 || !r.kind().equals(Quote.INDIRECT));
      // A caption stands apart from the running text: quoted words in it (a poster's slogan, a sign) are not
      // the next words of the speaker the story last quoted.
      if (open && lastAttributed != null && r.section() != Section.CAPTION
          && ctx.paragraph(r.start()) - ctx.paragraph(lastAttributed.end()) <= ADJACENT_PARAGRAPHS) {
        r = r.withSpeaker(lastAttributed.speaker(), r.cue(), Quote.ADJACENT);
      }
      if (r.hasSpeaker() && !(open && r.kind().equals(Quote.MIXED))) {
        lastAttributed = r;
      }
      if (r.hasSpeaker() || r.cue().start() >= 0) {
        out.add(r.withId("q" + (out.size() + 1)));
      }
    }
    return out;
  }

  /** Direct when wholly inside one pair of marks, mixed when it holds quoted words, else indirect. */
  private static String kindOf(QuoteContext ctx, Quote q) {
    // Direct: one pair of marks, or a run of quoted paragraphs with only white space between them.
    int at = q.start();
    for (QuoteMarks.Quoted m : ctx.quoted) {
      if (m.start() != at || m.doubled()) {
        continue;
      }
      if (m.end() >= q.end()) {
        return Quote.DIRECT;
      }
      at = m.end();
      while (at < q.end() && Character.isWhitespace(ctx.doc.article().text().charAt(at))) {
        at++;
      }
    }
    String text = ctx.doc.text(q.start(), q.end());
    return text.chars().anyMatch(c -> QuoteMarks.isMark((char) c)) ? Quote.MIXED : Quote.INDIRECT;
  }
}
