/**
 * The quote stage: {@link org.dateline.quotes.QuoteExtractor#extract} takes a {@link org.dateline.doc.Doc} with
 * its dependency parse and the entity stage's {@link org.dateline.doc.EntityTable}, and gives the article's
 * {@link org.dateline.doc.Quote} rows: direct quotes from quotation marks, reported and mixed speech from the parse
 * (walked with {@link org.dateline.doc.DepTree}), each speaker resolved through the entity table.
 *
 * <p>Reads the doc model (and {@code entities.EntityTypes}' type names) only; never imports {@code corenlp},
 * {@code events}, {@code output} or {@code run}. Stateless and thread-safe.
 */
package org.dateline.quotes;
