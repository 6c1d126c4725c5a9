/**
 * The HTML report of a run: {@link org.dateline.report.Report} reads a finished table folder back (row by row,
 * bounded top lists) and writes one self-contained {@code report.html} beside the tables.
 *
 * <p>Takes finished tables ({@code table}) and the run record ({@code output}); gives one file. It runs no NLP
 * and never writes a table.
 */
package org.dateline.report;
