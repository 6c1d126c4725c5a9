/**
 * Writing a run's tables safely: CSV files grown in a progress folder beside a journal (so {@code --resume}
 * continues after a crash), the corpus table counted back from the finished tables, and the atomic publishing of
 * finished tables into the output folder; {@link org.dateline.output.OutputLock} keeps a second run out of a folder
 * in use. The other formats ({@code --format jsonl,parquet,xlsx}) are derived from the finished CSV tables just
 * before publishing ({@code DerivedFormats}), so the CSV tables stay the one journal of a run.
 *
 * <p>Takes rows from {@code table}; gives files. It runs no NLP and knows nothing of inputs.
 */
package org.dateline.output;
