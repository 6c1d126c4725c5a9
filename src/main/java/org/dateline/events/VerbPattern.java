package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.nlp.Token;

/**
 * A PETRARCH-style verb pattern ({@code * {DIPLOMATIC TIES}}, {@code &MILITARY *}, {@code * (TO BORDER)}), reduced to
 * what a dependency parse can check: the words before and after the verb, each a set of alternatives, that must
 * appear in that order in the verb's clause. PETRARCH's role markers ($ + % ^) are dropped; grouping braces and
 * parentheses only fix word order here. A pattern with more words is more specific and wins.
 *
 * @param rule   provenance written to the rule column ("REFUSE: * &PROPOSAL")
 * @param before word slots that must precede the verb
 * @param after  word slots that must follow it
 * @param code   the CAMEO code, or {@code ---} for "this context is not an event"
 * @param reversed the code is the target side's: the subject undergoes the act ("received a loan from X": X gives,
 *               071; "faced criticism": 111 aimed at the subject), PETRARCH2's passive code
 */
record VerbPattern(String rule, List<Set<String>> before, List<Set<String>> after, String code, boolean reversed) {

  static final String NO_EVENT = "---";

  static VerbPattern parse(String rule, String pattern, String code, boolean reversed,
                           Map<String, Set<String>> synsets) {
    String[] sides = pattern.split("\\*", 2);
    List<Set<String>> before = slots(sides[0], synsets);
    List<Set<String>> after = sides.length > 1 ? slots(sides[1], synsets) : List.of();
    return new VerbPattern(rule, before, after, code, reversed);
  }

  private static List<Set<String>> slots(String side, Map<String, Set<String>> synsets) {
    List<Set<String>> out = new ArrayList<>();
    for (String raw : side.replaceAll("[{}()]", " ").trim().split("\\s+")) {
      if (raw.isEmpty() || "$%+^".indexOf(raw.charAt(0)) >= 0) {
        continue;
      }
      String w = raw.toLowerCase(Locale.ROOT);
      if (w.startsWith("&")) {
        // An unknown synset cannot match anything: keep an empty slot so the pattern never fires by accident.
        out.add(synsets.getOrDefault(w.substring(1), Set.of()));
      } else {
        for (String part : w.split("_")) {
          if (!part.isEmpty()) {
            out.add(Set.of(part));
          }
        }
      }
    }
    return out;
  }

  int specificity() {
    return before.size() + after.size();
  }

  /** True when the slots occur in order among {@code pre} (tokens before the verb) and {@code post} (after it). */
  boolean matches(List<Token> pre, List<Token> post) {
    return inOrder(before, pre) && inOrder(after, post);
  }

  private static boolean inOrder(List<Set<String>> slots, List<Token> tokens) {
    int i = 0;
    for (Token t : tokens) {
      if (i == slots.size()) {
        break;
      }
      if (fits(slots.get(i), t)) {
        i++;
      }
    }
    return i == slots.size();
  }

  private static boolean fits(Set<String> slot, Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return slot.contains(w) || slot.contains(t.lemma().toLowerCase(Locale.ROOT));
  }
}
