package org.dateline.page;

import org.dateline.doc.Article;
import org.dateline.doc.Page;
import org.dateline.doc.PageHints;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;

/**
 * Splits the text of a news page into {@link Segment}s: headline, body, photo captions, bylines, author bios and
 * page chrome (navigation, UI labels, read-time, copyright, ...), and gives the page its title.
 *
 * <p>The segmenter works on {@link Lines}: every non-blank line ends up in exactly one segment; a segment starts
 * at the first and ends after the last non-whitespace character of its lines. Consecutive body, bio or chrome
 * lines of one paragraph are merged into one segment; every headline, caption and byline line is a segment of its
 * own.
 *
 * <p>What the page's markup marked ({@link PageHints}: {@code h1}, {@code figcaption}, bylines) is taken as given;
 * the text rules decide only the lines it leaves open. The rules are deliberately conservative and
 * site-independent: anything not recognised is body, and a text in which nothing would be body comes out as all
 * body. Decisions worth knowing:
 * <ul>
 *   <li>A standalone dateline line ("Sunday, January 20, 2008", "LONDON 1996-08-30") is <b>body</b>: it is a
 *       date the user may want. It is never taken as a headline, though ({@link DateLines}).</li>
 *   <li>The headline is found by {@link Headline}. Later exact repeats of it are chrome.</li>
 *   <li>Job-title lines in an author box ("Reporter", "Senior Editor") are chrome; the name line is byline
 *       ({@link AuthorBox}).</li>
 * </ul>
 * Each kind of line has its own rules: {@link Chrome}, {@link Captions}, {@link Bylines}, {@link Names}.
 */
public final class PageSegmenter {

  /** How many lines right below the headline a bare name line counts as its byline. */
  private static final int NAME_LINES_BELOW_HEADLINE = 3;

  /** Segments the article's text, with the hints its markup gave. */
  public Page segment(Article article) {
    return segment(article.text(), article.title(), article.hints());
  }

  /** Segments a text without markup. */
  public Page segment(String text, String title) {
    return segment(text, title, PageHints.NONE);
  }

  /**
   * Segments {@code text}.
   *
   * @param text  the article text (null is treated as empty)
   * @param title the title known from the input; may be empty or null
   * @param hints what the page's markup says about parts of the text
   * @return the page: its title (the given one, else the headline found) and its segments in text order,
   *     non-overlapping, covering every non-blank line
   */
  public Page segment(String text, String title, PageHints hints) {
    String given = title == null ? "" : title;
    Lines lines = Lines.of(text == null ? "" : text);
    lines.labelMarked(hints);
    int h = Headline.mark(lines, given);
    String headline = h >= 0 ? LineText.norm(lines.text(h)) : null;
    if (h >= 0) {
      markBelowHeadline(lines, h, headline);
    }
    int firstBody = markByText(lines, headline);
    if (firstBody >= 0) {
      AuthorBox.mark(lines, firstBody);
      AuthorBox.markStandaloneBio(lines, firstBody);
    }
    lines.labelRestAsBody();
    return new Page(given.isEmpty() ? lines.joined(Section.HEADLINE) : given, lines.segments());
  }

  /** The header right below the headline: repeats, labels, captions, bylines and the author's name line. */
  private static void markBelowHeadline(Lines lines, int h, String headline) {
    for (int i = h + 1; i < lines.size(); i++) {
      if (!lines.open(i)) {
        continue;
      }
      Section s = byText(lines.text(i), headline);
      if (s == null && i <= h + NAME_LINES_BELOW_HEADLINE && Names.isNameLine(lines.text(i))) {
        s = Section.BYLINE;
      }
      if (s == null) {
        return;
      }
      lines.label(i, s);
    }
  }

  /** Anywhere: chrome, headline repeats, captions and bylines. Returns the first line left open, or -1. */
  private static int markByText(Lines lines, String headline) {
    int firstOpen = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.open(i)) {
        continue;
      }
      Section s = byText(lines.text(i), headline);
      if (s != null) {
        lines.label(i, s);
      } else if (firstOpen < 0) {
        firstOpen = i;
      }
    }
    return firstOpen;
  }

  /** What the text alone says a line is: chrome (or a repeat of the headline), caption, byline, or null. */
  private static Section byText(String s, String headline) {
    if (LineText.norm(s).equals(headline) || Chrome.isChrome(s)) {
      return Section.CHROME;
    }
    if (Captions.isCaption(s)) {
      return Section.CAPTION;
    }
    return Bylines.isByline(s) ? Section.BYLINE : null;
  }
}
