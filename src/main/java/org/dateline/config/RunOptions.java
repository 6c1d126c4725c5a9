package org.dateline.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * How an {@code extract} run is carried out, beside the {@link Options} that decide its rows. Only the inputs and
 * the field names they are read with change rows (both are checked when a run resumes): a run resumed with other
 * threads or without a progress bar gives the same tables.
 *
 * @param inputs      files, folders or "-" (JSONL on standard input)
 * @param out         the folder for the tables
 * @param threads     articles annotated at the same time
 * @param mode        what to do with an output folder that already holds files
 * @param excel       tables for spreadsheets: byte-order mark, formula injection neutralized
 * @param progressBar draw a progress bar on stderr (a terminal); otherwise progress is logged every half minute
 * @param fields      the names of the fields JSON and CSV records hold the article in
 * @param formats     the files each table is published as (CSV always; the others derived from it)
 */
public record RunOptions(List<String> inputs, Path out, int threads, OutputMode mode, boolean excel,
                         boolean progressBar, InputFields fields, Set<TableFormat> formats) {

  public RunOptions {
    inputs = List.copyOf(inputs);
    fields = fields == null ? Options.INPUT_FIELDS : fields;
    formats = formats == null ? Options.FORMATS : Set.copyOf(formats);
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1");
    }
  }

  /** With the default field names. */
  public RunOptions(List<String> inputs, Path out, int threads, OutputMode mode, boolean excel,
                    boolean progressBar) {
    this(inputs, out, threads, mode, excel, progressBar, Options.INPUT_FIELDS, Options.FORMATS);
  }

  public RunOptions withFields(InputFields names) {
    return new RunOptions(inputs, out, threads, mode, excel, progressBar, names, formats);
  }

  public RunOptions withFormats(Set<TableFormat> chosen) {
    return new RunOptions(inputs, out, threads, mode, excel, progressBar, fields, chosen);
  }

  /** Into {@code out}, replacing Dateline's files there, plain CSV, no bar: tests and eval, which rerun often. */
  public static RunOptions into(Path out, int threads) {
    return new RunOptions(List.of(), out, threads, OutputMode.OVERWRITE, false, false);
  }
}
