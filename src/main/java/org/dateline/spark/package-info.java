/**
 * The same per-article code as an Apache Spark job, for corpora beyond one machine: inputs listed on the driver,
 * read and analysed on the executors through {@link org.dateline.run.ArticleProcessor}, every table written
 * through Spark's commit protocol with the columns and cells of {@code table}.
 *
 * <p>Compiled against Spark but never packaged into the CLI jar. It adds no extraction logic of its own.
 */
package org.dateline.spark;
