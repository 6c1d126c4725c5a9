/**
 * The gender stage: {@link org.dateline.people.GenderStage#assign} takes a {@link org.dateline.doc.Doc} and its
 * {@link org.dateline.doc.EntityTable} and gives each person a gender and the evidence for it: the article's own
 * pronouns, honorifics and gendered role nouns first, then a first-name table ({@code models/people/}).
 *
 * <p>Reads the doc model and its own lexicons only; never imports {@code corenlp}, {@code quotes}, {@code events},
 * {@code output} or {@code run}.
 */
package org.dateline.people;
