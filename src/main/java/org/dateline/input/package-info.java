/**
 * Reading articles: files, folders, stdin, gzip; plain text, HTML pages (also gzip-compressed), WARC web archives,
 * JSONL and CSV. A JSONL record may be of any length; a file cut short keeps its complete lines and ends with one
 * failed article saying where it ends. For a web page, the story's text is chosen by scoring its blocks
 * ({@code ContentScorer}, {@code ClassHints}) and cleaned of furniture ({@code ContentCleaner}); authors, date, title
 * and URL come from the page's metadata ({@code HtmlAuthors}, {@code HtmlDateFinder}, {@code JsonLd}).
 *
 * <p><b>Takes</b> the input paths (and the {@code --date} option) and reads their bytes, decoding them (UTF-8,
 * else Windows-1252, saying so in a warning).
 *
 * <p><b>Gives</b> one {@link org.dateline.doc.Article} per article, in input order: its id, source, title, text,
 * publication date and where that came from, URL, authors and warnings; an unreadable input is an article with an
 * error, so that it still gets a row. The HTML reader also passes on what the page's markup says about the story's parts
 * ({@link org.dateline.doc.PageHints}: the {@code h1} headline, byline elements, captions where kept) as
 * spans of the extracted text; the other readers give {@link org.dateline.doc.PageHints#NONE}.
 *
 * <p><b>Must not touch</b>: segmenting the text (the page stage decides headline, body, captions, bylines; the
 * reader only says what the markup marked), NLP, or the tables. The text is kept exactly as read, apart from
 * decoding and, for HTML, the extraction of the story's text; every offset in the tables refers to it.
 */
package org.dateline.input;
