/**
 * One identity across the corpus: {@link org.dateline.identity.KeyResolver} takes the distinct per-article
 * {@code entity_key}s of a run with their names (a {@link org.dateline.identity.KeyTable}, one entry per key, never
 * per mention) and maps each to the key of the real-world entity it names, by general rules: spellings that fold
 * to the same name (case, accents, transliterated endings, punctuation), the alias table
 * ({@code models/identity/aliases.tsv} and the user's {@code --aliases} files), a person's full name with and
 * without middle names, a bare surname that only one person of the corpus has, acronyms and short forms of
 * organizations that only one name of the corpus expands to, and places the geocoder put on the same point. A key
 * qualified by a sense ({@link org.dateline.identity.KeySense}: a team named by its place) joins only keys of the
 * same sense.
 *
 * <p>Works on table cells only: used by {@code output} when a CLI run is published and by {@code spark}; never
 * imports {@code corenlp}, {@code run}, {@code output} or {@code spark}.
 */
package org.dateline.identity;
