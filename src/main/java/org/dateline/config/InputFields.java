package org.dateline.config;

import java.io.Serializable;
import java.util.Locale;

/**
 * The names of the fields (JSON) or columns (CSV) an input record keeps its article in, so an export whose text is
 * called {@code body} is read as it is. Matched ignoring case and surrounding spaces in CSV headers, exactly in
 * JSON. The defaults are {@link Options#INPUT_FIELDS}; {@code outlet} is always read by that name.
 */
public record InputFields(String id, String text, String title, String date, String url) implements Serializable {

  public InputFields {
    for (String name : new String[] {id, text, title, date, url}) {
      if (name == null || name.isBlank()) {
        throw new UsageException("--id-column, --text-column, --title-column, --date-column and --url-column "
            + "need a field name, not an empty one");
      }
    }
  }

  /** The field the article's outlet (site name) may be given in; otherwise it is the domain of the url. */
  public static final String OUTLET = "outlet";

  /** The CSV header cell as matched: case and surrounding spaces do not count. */
  public static String csvKey(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** For the resume check: empty for the defaults, so a run's settings line reads as before. */
  public String describe() {
    return equals(Options.INPUT_FIELDS) ? "" : " fields=id:" + id + ",text:" + text + ",title:" + title + ",date:"
        + date + ",url:" + url;
  }
}
