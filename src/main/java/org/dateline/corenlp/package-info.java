/**
 * The adapter to Stanford CoreNLP, and the only package that knows it: it imports {@code edu.stanford}, reads
 * paths inside CoreNLP's jars, sets its properties and logger levels.
 *
 * <p>Takes an {@link org.dateline.doc.Article} and its page segments; gives a {@link org.dateline.doc.Doc} of our
 * own records (tokens, sentences, dependencies, name spans), never a CoreNLP type. One way in:
 * {@link org.dateline.corenlp.CoreNlpAnnotator#shared}. Also holds the plain-CoreNLP baselines that {@code eval}
 * compares with. Every annotator sees bounded input: {@link org.dateline.corenlp.HiddenRuns} (giant tokens, table
 * numbers) and {@link org.dateline.corenlp.SentenceCutAnnotator} (over-long sentences in pieces). It must not extract entities, quotes or events: that is the stages' work on the document model.
 */
package org.dateline.corenlp;
