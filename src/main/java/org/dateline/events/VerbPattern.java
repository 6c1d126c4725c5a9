package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Token;

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
 * @param objectWords how many of the {@code after} slots name the verb's object (those before any parenthesised
 *               prepositional phrase: SHOW in {@code * SHOW (OF SUPPORT)})
 */
record VerbPattern(String rule, List<Set<String>> before, List<Set<String>> after, String code, boolean reversed,
                   int objectWords) {

  static final String NO_EVENT = "---";

  static VerbPattern parse(String rule, String pattern, String code, boolean reversed,
                           Map<String, Set<String>> synsets) {
    String[] sides = pattern.split("\\*", 2);
    List<Set<String>> before = slots(sides[0], synsets);
    String afterSide = sides.length > 1 ? sides[1] : "";
    List<Set<String>> after = slots(afterSide, synsets);
    int paren = afterSide.indexOf('(');
    int objectWords = slots(paren < 0 ? afterSide : afterSide.substring(0, paren), synsets).size();
    return new VerbPattern(rule, before, after, code, reversed, objectWords);
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

  /**
   * True when the slots occur in order among {@code pre} (tokens before the verb) and {@code post} (after it). The
   * object words may not come from {@code adjuncts} (the verb's prepositional and adverbial phrases when it has an
   * object): "presented credentials ... in a further show of support" is no {@code * SHOW (OF SUPPORT)}.
   */
  boolean matches(List<Token> pre, List<Token> post, Set<Integer> adjuncts) {
    return inOrder(before, pre, 0, Set.of()) && inOrder(after, post, objectWords, adjuncts);
  }

  private static boolean inOrder(List<Set<String>> slots, List<Token> tokens, int objectWords, Set<Integer> adjuncts) {
    int i = 0;
    for (Token t : tokens) {
      if (i == slots.size()) {
        break;
      }
      boolean function = t.pos().equals("IN") || t.pos().equals("TO") || t.pos().equals("RP");
      if (fits(slots.get(i), t) && (i >= objectWords || function || !adjuncts.contains(t.index()))) {
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
