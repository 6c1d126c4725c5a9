package org.dateline.config;

import picocli.CommandLine.Option;

/**
 * The names of the fields of JSON, CSV and Parquet input records, for exports that call the text {@code body}: one
 * picocli mixin for {@code extract} and the Spark job.
 */
public final class InputColumns {

  @Option(names = "--text-column", paramLabel = "NAME", defaultValue = Options.TEXT_FIELD,
      description = "Field (JSON) or column (CSV) holding the article text (default: ${DEFAULT-VALUE}).")
  String text;

  @Option(names = "--id-column", paramLabel = "NAME", defaultValue = Options.ID_FIELD,
      description = "Field or column holding the article id; a record without one gets FILE:LINE "
          + "(default: ${DEFAULT-VALUE}).")
  String id;

  @Option(names = "--title-column", paramLabel = "NAME", defaultValue = Options.TITLE_FIELD,
      description = "Field or column holding the title (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(names = "--date-column", paramLabel = "NAME", defaultValue = Options.DATE_FIELD,
      description = "Field or column holding the publication date (default: ${DEFAULT-VALUE}).")
  String date;

  @Option(names = "--url-column", paramLabel = "NAME", defaultValue = Options.URL_FIELD,
      description = "Field or column holding the article's URL; the outlet column is its domain unless a field "
          + "'outlet' is given (default: ${DEFAULT-VALUE}).")
  String url;

  public InputFields toFields() {
    return new InputFields(id, text, title, date, url);
  }
}
