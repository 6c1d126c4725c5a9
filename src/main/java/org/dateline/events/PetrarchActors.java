package org.dateline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH actor dictionary (as in PETRARCH2 and the Phoenix dictionaries). An entry is a name line,
 * {@code NAME [CODE]} or a bare {@code NAME}, then any {@code +SYNONYM} lines and indented {@code [CODE ...]} lines
 * with date restrictions ({@link DatedCode}); a line may hold several codes ({@code [IGOUNO 820101-911231] [ELI]});
 * {@code _} joins the words of a name. All names of an entry share its codes.
 */
final class PetrarchActors {

  private final ActorDictionary into;
  private final List<String> names = new ArrayList<>();
  private final List<DatedCode> codes = new ArrayList<>();

  private PetrarchActors(ActorDictionary into) {
    this.into = into;
  }

  static void read(List<DictionaryLine> lines, ActorDictionary into) {
    PetrarchActors reader = new PetrarchActors(into);
    for (DictionaryLine line : PetrarchLines.content(lines)) {
      reader.line(line);
    }
    reader.flush();
  }

  private void line(DictionaryLine line) {
    String text = line.text();
    if (text.startsWith("[")) {
      if (names.isEmpty()) {
        throw line.error("a [CODE] line before any actor name; put the name on the line above");
      }
      codes.addAll(codes(text, line));
      return;
    }
    if (text.startsWith("+")) {
      if (names.isEmpty()) {
        throw line.error("a +SYNONYM line before any actor name; put the name on the line above");
      }
      if (text.contains("[")) {
        throw line.error("a synonym takes no code (it shares the entry's codes); put [CODE] on its own line");
      }
      names.add(text.substring(1));
      return;
    }
    flush();
    int bracket = text.indexOf('[');
    names.add(bracket < 0 ? text : text.substring(0, bracket));
    if (bracket >= 0) {
      codes.addAll(codes(text.substring(bracket), line));
    }
  }

  private void flush() {
    for (String name : names) {
      into.addActor(name, false, List.copyOf(codes));
    }
    names.clear();
    codes.clear();
  }

  /** The codes of "[A 950101-991231] [B]": one or more bracketed codes, which must end the line. */
  private static List<DatedCode> codes(String text, DictionaryLine line) {
    List<DatedCode> out = new ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty()) {
      int close = rest.indexOf(']');
      if (!rest.startsWith("[") || close < 0) {
        throw line.error("codes must be written [CODE] at the end of the line");
      }
      out.add(DatedCode.parse(rest.substring(1, close), line));
      rest = rest.substring(close + 1).strip();
    }
    return out;
  }
}
