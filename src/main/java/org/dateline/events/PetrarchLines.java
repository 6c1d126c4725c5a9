package org.dateline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a PETRARCH dictionary, as PETRARCH's reader sees them: {@code <!-- ... -->} comments (also
 * over several lines), lines starting with {@code #} or {@code <!}, and everything after a {@code #} are dropped;
 * blank lines are skipped. Each line keeps its number, for error messages.
 */
final class PetrarchLines {

  private PetrarchLines() {
  }

  static List<DictionaryLine> content(List<DictionaryLine> lines) {
    List<DictionaryLine> out = new ArrayList<>();
    boolean inComment = false;
    for (DictionaryLine line : lines) {
      String text = line.text();
      if (inComment) {
        inComment = !text.contains("-->");
        continue;
      }
      String start = text.stripLeading();
      if (start.startsWith("<!")) {
        inComment = start.startsWith("<!--") && !text.contains("-->");
        continue;
      }
      if (text.contains("<!--")) {
        int open = text.indexOf("<!--");
        int close = text.indexOf("-->", open);
        inComment = close < 0;
        text = text.substring(0, open) + (close < 0 ? "" : text.substring(close + 3));
      }
      if (text.contains("#")) {
        text = text.substring(0, text.indexOf('#'));
      }
      if (!text.isBlank()) {
        out.add(new DictionaryLine(line.source(), line.number(), text.strip()));
      }
    }
    return out;
  }
}
