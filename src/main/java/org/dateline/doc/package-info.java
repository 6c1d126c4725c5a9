/**
 * The document model every stage reads and writes: plain records with no CoreNLP in them.
 *
 * <p>Takes nothing: {@code corenlp.CoreNlpAnnotator} fills {@link org.dateline.doc.Doc} (sentences, tokens,
 * basic dependencies, name spans) from CoreNLP's annotation. Gives the stages what they share:
 * {@link org.dateline.doc.DepTree}, the one way to walk a sentence's parse, and
 * {@link org.dateline.doc.EntityTable}'s lookups, the one answer to "which mention, which entity is at this
 * token"; and holds what the stages produce (mentions, entities, quotes, events) until the writers turn it into
 * rows.
 *
 * <p>Must not touch: any other package of the project, nor CoreNLP. Records are immutable; no mutable statics.
 */
package org.dateline.doc;
