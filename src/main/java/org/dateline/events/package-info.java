/**
 * The events stage: {@link org.dateline.events.EventExtractor#extract} takes a {@link org.dateline.doc.Doc} with
 * its dependency parse, the entity table and the quote rows, and gives CAMEO-coded
 * {@link org.dateline.doc.Event} rows with actor, target, place, date and mood; an event inside a quote carries
 * its id. The lexicon and actor dictionaries are read once, from the models folder or the bundled copies.
 * {@link org.dateline.events.EntityActors}, the actor stage, runs before quotes and events (after geocoding) and
 * gives every entity of the table one CAMEO actor code, which the events stage then uses for its participants.
 *
 * <p>Reads the doc model (walked with {@link org.dateline.doc.DepTree}, resolved through
 * {@link org.dateline.doc.EntityTable}) and {@code config}'s actor-file names and usage errors; never imports
 * {@code corenlp}, {@code quotes}, {@code output} or {@code run}: the quotes arrive as doc-model rows.
 */
package org.dateline.events;
