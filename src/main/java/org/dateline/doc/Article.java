package org.dateline.doc;

import java.util.List;

/**
 * One news article as read from the input, before any NLP.
 *
 * @param id         unique id within the run (from the input, or the file path for .txt/.html)
 * @param source     where it came from: a file path, optionally with ":line" for JSONL/CSV rows
 * @param title      title given by the input or the page; empty when unknown
 * @param text       the article text exactly as read; all offsets in the tables refer to it
 * @param published  publication date as ISO yyyy-MM-dd, or empty
 * @param dateSource where {@code published} came from: {@code input}, {@code option}, {@code text} or empty
 * @param url        the article's URL, or empty
 * @param error      why this input could not be read as an article; empty for a good article
 * @param warning    what the user should know about a good article (e.g. how its bytes were decoded, or that it
 *                   was truncated); {@code "; "}-separated, empty when there is nothing to say
 * @param hints      what the page's markup says about parts of {@code text} (headline, captions, bylines);
 *                   {@link PageHints#NONE} for inputs without markup
 * @param authors    the authors the input names (an HTML page's metadata or byline), in its order; often none
 * @param outlet     the outlet the input names (a record's {@code outlet} field), or empty; the table falls back
 *                   to the domain of {@code url}
 */
public record Article(String id, String source, String title, String text, String published,
                      String dateSource, String url, String error, String warning, PageHints hints,
                      List<String> authors, String outlet) {

  public Article {
    id = nz(id);
    source = nz(source);
    title = nz(title);
    text = nz(text);
    published = nz(published);
    dateSource = nz(dateSource);
    url = nz(url);
    error = nz(error);
    warning = nz(warning);
    hints = hints == null ? PageHints.NONE : hints;
    authors = authors == null ? List.of() : List.copyOf(authors);
    outlet = nz(outlet);
  }

  /** An article whose input names no outlet (every reader but the JSON and CSV ones). */
  public Article(String id, String source, String title, String text, String published, String dateSource,
                 String url, String error, String warning, PageHints hints, List<String> authors) {
    this(id, source, title, text, published, dateSource, url, error, warning, hints, authors, "");
  }

  /** An article without authors (every reader but the HTML one). */
  public Article(String id, String source, String title, String text, String published, String dateSource,
                 String url, String error, String warning, PageHints hints) {
    this(id, source, title, text, published, dateSource, url, error, warning, hints, List.of());
  }

  /** An article without hints from markup (every reader but the HTML one). */
  public Article(String id, String source, String title, String text, String published, String dateSource,
                 String url, String error, String warning) {
    this(id, source, title, text, published, dateSource, url, error, warning, PageHints.NONE);
  }

  /** An article without warnings (most readers have nothing to add). */
  public Article(String id, String source, String title, String text, String published, String dateSource,
                 String url, String error) {
    this(id, source, title, text, published, dateSource, url, error, "");
  }

  /** An input that could not be turned into an article; it still gets a row in articles.csv. */
  public static Article unreadable(String id, String source, String error) {
    return new Article(id, source, "", "", "", "", "", error);
  }

  public boolean readable() {
    return error.isEmpty();
  }

  public Article withId(String newId) {
    return new Article(newId, source, title, text, published, dateSource, url, error, warning, hints, authors,
        outlet);
  }

  public Article withTitle(String newTitle) {
    return new Article(id, source, newTitle, text, published, dateSource, url, error, warning, hints, authors,
        outlet);
  }

  public Article withPublished(String date, String from) {
    return new Article(id, source, title, text, date, from, url, error, warning, hints, authors,
        outlet);
  }

  /** This article with another text; hints are kept where the new text still holds what they marked. */
  public Article withText(String newText) {
    return new Article(id, source, title, newText, published, dateSource, url, error, warning,
        hints.forChangedText(text, nz(newText)), authors, outlet);
  }

  /** This article with one more warning; warnings accumulate in the order they were found. */
  public Article withWarning(String more) {
    String all = warning.isEmpty() ? more : warning + "; " + more;
    return new Article(id, source, title, text, published, dateSource, url, error, all, hints, authors,
        outlet);
  }

  public Article withAuthors(List<String> names) {
    return new Article(id, source, title, text, published, dateSource, url, error, warning, hints, names,
        outlet);
  }

  /** This article with the URL it was fetched from, when the input did not give one (a web archive's record). */
  public Article withUrl(String newUrl) {
    return new Article(id, source, title, text, published, dateSource, newUrl, error, warning, hints, authors,
        outlet);
  }

  /** This article with the outlet its input names (a JSON or CSV record's {@code outlet} field). */
  public Article withOutlet(String name) {
    return new Article(id, source, title, text, published, dateSource, url, error, warning, hints, authors, name);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
