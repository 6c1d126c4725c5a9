package org.dateline.events;

import org.dateline.config.UsageException;

/**
 * One line of a user-editable dictionary, with where it came from, so that a malformed line can be reported as
 * {@code file:line} and the user can go straight to it.
 *
 * @param source the file as the user named it, or {@code models/events/...} for the bundled copy
 * @param number 1-based line number
 * @param text   the line as read
 */
record DictionaryLine(String source, int number, String text) {

  String where() {
    return source + ":" + number;
  }

  /** A usage error naming this line, what is wrong with it and what to do. */
  UsageException error(String problem) {
    return new UsageException(where() + ": " + problem + " in '" + text.strip() + "'");
  }
}
