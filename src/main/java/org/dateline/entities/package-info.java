/**
 * The entity stage: {@link org.dateline.entities.EntityExtractor#extract} takes a {@link org.dateline.doc.Doc} and
 * gives its {@link org.dateline.doc.EntityTable}: name and time mentions from CoreNLP's tagger, repaired, nominal
 * and pronoun mentions linked to people, all grouped into entities with ids in text order.
 *
 * <p>Reads the doc model only (plus the place list it ships); never imports {@code corenlp}, {@code quotes},
 * {@code events}, {@code output} or {@code run}. {@link org.dateline.entities.EntityTypes} names the entity types
 * the later stages also test for.
 */
package org.dateline.entities;
