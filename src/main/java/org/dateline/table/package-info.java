/**
 * The table model: every table's name and typed columns ({@link org.dateline.table.Table}), the cells of an
 * article's rows ({@link org.dateline.table.TableCells}), and the one reader of finished tables
 * ({@link org.dateline.table.TableReader}) that {@code eval}, the corpus tally and the tests use.
 *
 * <p>Takes {@link org.dateline.doc.ArticleResult}s; gives rows of cells exactly as the CSV holds them (offsets in
 * code points, lists joined, empty strings for missing values). It writes no file: that is {@code output}'s (and
 * the Spark job's) business.
 */
package org.dateline.table;
