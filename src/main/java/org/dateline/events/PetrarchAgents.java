package org.dateline.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH agent dictionary: {@code PHRASE {PLURAL} [~CODE]} lines, where {@code _} joins words, the
 * regular plural (-s, -ies, -ses) is added unless a {@code {PLURAL}} is given ({@code {}}: none), {@code ~GOV}
 * goes after the actor code and {@code NGO~} before it; {@code !NAME! = A, B} defines a substitution set that
 * {@code !NAME!} in a phrase expands to, each member as written (no plural added).
 */
final class PetrarchAgents {

  private PetrarchAgents() {
  }

  static void read(List<DictionaryLine> lines, ActorDictionary into) {
    Map<String, List<String>> sets = new HashMap<>();
    for (DictionaryLine line : PetrarchLines.content(lines)) {
      String text = line.text();
      if (text.contains("!") && text.contains("=") && !text.contains("[")) {
        define(line, sets);
        continue;
      }
      int open = text.indexOf('[');
      int close = text.indexOf(']', open + 1);
      if (open < 0 || close < 0) {
        throw line.error("an agent needs a code: write PHRASE [~CODE]");
      }
      AgentCode code = AgentCode.parse(text.substring(open + 1, close), line);
      String phrase = text.substring(0, open).strip();
      if (phrase.contains("!")) {
        expand(phrase, code, sets, line, into);
      } else if (phrase.contains("{")) {
        int end = phrase.indexOf('}');
        if (end < phrase.indexOf('{')) {
          throw line.error("missing '}' after the plural");
        }
        into.addAgent(phrase.substring(0, phrase.indexOf('{')), false, code);
        String plural = phrase.substring(phrase.indexOf('{') + 1, end).strip();
        if (!plural.isEmpty()) {
          into.addAgent(plural, false, code);
        }
      } else {
        into.addAgent(phrase, false, code);
        into.addAgent(ActorWords.plural(phrase.replace('_', ' ')), false, code);
      }
    }
  }

  private static void define(DictionaryLine line, Map<String, List<String>> sets) {
    String text = line.text();
    int first = text.indexOf('!');
    int second = text.indexOf('!', first + 1);
    int equals = text.indexOf('=');
    if (second < 0 || equals < second) {
      throw line.error("a substitution set is written !NAME! = WORD, WORD");
    }
    sets.put(text.substring(first + 1, second), List.of(text.substring(equals + 1).strip().split("\\s*,\\s*")));
  }

  private static void expand(String phrase, AgentCode code, Map<String, List<String>> sets, DictionaryLine line,
                             ActorDictionary into) {
    int first = phrase.indexOf('!');
    int second = phrase.indexOf('!', first + 1);
    String name = second < 0 ? "" : phrase.substring(first + 1, second);
    if (!sets.containsKey(name)) {
      throw line.error("substitution set !" + name + "! is not defined above; define it as !" + name
          + "! = WORD, WORD");
    }
    for (String member : sets.get(name)) {
      into.addAgent(phrase.substring(0, first) + member + phrase.substring(second + 1), false, code);
    }
  }
}
