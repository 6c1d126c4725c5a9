/**
 * What the user asked for: the {@link org.dateline.config.Options} that decide the rows (every default in one
 * place), the {@link org.dateline.config.RunOptions} of an {@code extract} run, the tables as
 * {@link org.dateline.config.Extraction}s, their command-line flags, usage errors and exit codes.
 *
 * <p>Takes nothing from the rest of Dateline; every other package may read it. It never touches files, models or
 * articles: checking that an input or a dictionary exists is the business of the package that reads it.
 */
package org.dateline.config;
