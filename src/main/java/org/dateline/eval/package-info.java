/**
 * Accuracy on gold data: each task ({@code ner}, {@code timex}, {@code quotes}, {@code events}, {@code plover})
 * runs the real {@code extract} over a gold file, reads the tables back with {@code table.TableReader} and scores
 * them, so what is measured is exactly what a user gets. Every task reports in one
 * {@link org.dateline.eval.Report} shape, every figure on the whole gold set and on its two fixed halves (by
 * document id hash), split in one place ({@code Halves}) so that a change is kept only when it holds on both.
 *
 * <p>It must not score anything the tables do not hold; plain-CoreNLP baselines come from {@code corenlp}.
 */
package org.dateline.eval;
