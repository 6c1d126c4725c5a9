/**
 * Page segmentation: which part of a news page each line of an article's text is.
 *
 * <p><b>Takes</b> an {@link org.dateline.doc.Article}: its text, the title its input gave (may be empty) and the
 * {@link org.dateline.doc.PageHints} its reader found in the page's markup (empty for plain text, JSONL and CSV).
 *
 * <p><b>Gives</b> a {@link org.dateline.doc.Page}: the title (the given one, else the headline found) and
 * {@link org.dateline.doc.Segment}s that cover every non-blank line, each labelled headline, body, caption, byline,
 * bio or chrome. {@link org.dateline.page.PageSegmenter} is the entry point; it runs its steps over
 * {@code Lines} (the lines and the label each has so far): the page's marks first, then the rule classes, one per
 * kind of line ({@code Headline}, {@code Chrome}, {@code Captions}, {@code Bylines}, {@code AuthorBox}, with
 * {@code Names}, {@code DateLines} and {@code LineText}); what is left is body.
 *
 * <p><b>Must not touch</b>: the text (segments are offsets into it, exactly as read), the article (the caller
 * decides what to do with the page's title), and anything NLP: no CoreNLP, no entities. The rules are
 * site-independent word lists and patterns; no site-specific rules, no network, no model.
 */
package org.dateline.page;
