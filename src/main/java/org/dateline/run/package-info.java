/**
 * The run: {@link org.dateline.run.ArticleProcessor} is the per-article function (check, segment the page,
 * annotate, extract entities, quotes and events) that never throws for a bad article; {@link
 * org.dateline.run.Pipeline} is the one visible loop over a lazy stream of articles on every core, writing results
 * in input order. A command-line run locks its output folder before the models load, stops between two articles
 * on SIGINT/SIGTERM ({@code ShutdownNotice}), and turns a failure outside the articles into one
 * {@link org.dateline.config.RunAborted} message ({@code RunFailures}).
 *
 * <p>Takes {@code config} options and {@code input} articles; gives {@code ArticleResult}s to {@code output}. It is
 * the only package that wires the stages together; the stages never call it.
 */
package org.dateline.run;
