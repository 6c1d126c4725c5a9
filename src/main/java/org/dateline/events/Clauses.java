package org.dateline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event per clause chain. A verb that wraps another's open complement decides: "threatened to cut off",
 * "refused to deploy", "agreed to share", "demanded that" keep the wrapping verb (the complement is its content);
 * a verb of any other kind yields to its complement ("moved to restore ties"). A statement verb whose complement or
 * reported clause is itself an event ("X, a senior official said"; "Hungary said it will support") is the report,
 * not the news: only the reported event is kept. More generally a statement verb with a clause as its content
 * ("said that ...", "..., he said") is a report, which the quotes table holds; it becomes a statement event only
 * when it is the cue of a quote (one event per quote, linked to it). That is the fix for statement events
 * inflating counts; statements with a nominal object ("announced a pause") stay events.
 */
final class Clauses {

  private static final Set<String> WRAPPING_ROOTS = Set.of("02", "03", "10", "12", "13");
  private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "xcomp");
  private static final Set<String> TEMPORAL = Set.of("after", "before", "since", "until", "when", "once");

  private Clauses() {
  }

  static List<Trigger> keep(DepTree tree, List<Trigger> found, Set<Integer> quoteCues) {
    Map<Integer, Trigger> byVerb = new HashMap<>();
    for (Trigger t : found) {
      byVerb.putIfAbsent(t.verb(), t);
    }
    Set<Trigger> dropped = new HashSet<>();
    for (Trigger c : found) {
      if (tree.relation(c.verb()).equals("xcomp")) {
        Trigger g = byVerb.get(tree.governor(c.verb()));
        if (g != null && g != c) {
          // A light verb's noun ("began a hunger strike to protest") is the event; its complement the purpose.
          dropped.add(WRAPPING_ROOTS.contains(root(g)) || g.nominal() ? c : g);
        }
      }
      Trigger above = eventAbove(tree, c, byVerb);
      if (isTemporal(tree, c.verb())
          || above != null && (WRAPPING_ROOTS.contains(root(above)) || isBackground(tree, c.verb()))) {
        // The content of a demand or threat ("demanded that the US cancel"), a purpose ("staged demonstrations
        // to demand reforms") or a relative clause ("whom they had taken hostage") is not an event of its own.
        dropped.add(c);
      }
    }
    for (Trigger c : found) {
      if (root(c).equals("01") && (reportsAnEvent(tree, c, byVerb)
          || isReport(tree, c.verb()) && !quoteCues.contains(c.verb()))) {
        dropped.add(c);
      }
    }
    List<Trigger> kept = new ArrayList<>();
    for (Trigger t : found) {
      if (!dropped.contains(t)) {
        kept.add(t);
      }
    }
    return kept;
  }

  private static boolean reportsAnEvent(DepTree tree, Trigger statement, Map<Integer, Trigger> byVerb) {
    int v = statement.verb();
    for (Trigger other : byVerb.values()) {
      if (other == statement) {
        continue;
      }
      // The reported clause below the statement verb ("said it will support"), at any depth of complements.
      int w = other.verb();
      for (int hops = 0; hops < 4 && w >= 0; hops++) {
        if (tree.governor(w) == v && (REPORTED.contains(tree.relation(w)) || tree.relation(w).equals("advcl"))) {
          return true;
        }
        w = REPORTED.contains(tree.relation(w)) ? tree.governor(w) : -1;
      }
    }
    // A reporting clause hanging off the event ("..., a senior official said"): parataxis or inverted ccomp.
    if (tree.relation(v).equals("parataxis") || tree.relation(v).equals("ccomp")) {
      int gov = tree.governor(v);
      for (int i : tree.subtree(gov, DepTree.CLAUSAL)) {
        if (byVerb.containsKey(i) && i != v) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nearest event whose clause this one is subordinate to (through complements and modifiers). */
  private static Trigger eventAbove(DepTree tree, Trigger t, Map<Integer, Trigger> byVerb) {
    int v = t.verb();
    for (int hops = 0; hops < 6; hops++) {
      String rel = tree.relation(v);
      int gov = tree.governor(v);
      if (gov < 0 || !(rel.equals("ccomp") || rel.equals("xcomp") || isBackground(tree, v)
          || rel.startsWith("obj") || rel.startsWith("nmod") || rel.startsWith("obl"))) {
        return null;
      }
      Trigger g = byVerb.get(gov);
      if (g != null && g != t && !root(g).equals("01")) {
        return g;
      }
      v = gov;
    }
    return null;
  }

  /**
   * A purpose clause ("to demand reforms") or a modifier of a noun without a subject of its own ("the parade
   * supporting Gondor"); a relative clause with its own subject ("an offer Zelensky declined") is an event.
   */
  private static boolean isBackground(DepTree tree, int verb) {
    String rel = tree.relation(verb);
    boolean purpose = rel.equals("advcl") && tree.child(verb, "mark")
        .map(m -> tree.token(m).word().equalsIgnoreCase("to")).orElse(false);
    boolean modifier = rel.equals("acl:relcl") || rel.equals("acl");
    return purpose || isTemporal(tree, verb) || modifier && tree.child(verb, "nsubj", "nsubj:pass")
        .map(s -> Set.of("who", "which", "that").contains(tree.token(s).word().toLowerCase(java.util.Locale.ROOT)))
        .orElse(true);
  }

  /** "five years after crowds burned down its embassy": a past event recalled only to date another. */
  private static boolean isTemporal(DepTree tree, int verb) {
    return tree.relation(verb).equals("advcl") && tree.child(verb, "mark").map(m -> TEMPORAL.contains(
        tree.token(m).word().toLowerCase(java.util.Locale.ROOT))).orElse(false);
  }

  private static boolean isReport(DepTree tree, int verb) {
    String rel = tree.relation(verb);
    // "..., a senior official said": a sentence-final reporting clause set off by a comma.
    boolean trailing = tree.child(verb, "nsubj").map(s -> tree.subtree(s, Set.of()).get(0))
        .map(first -> first > tree.sentence().firstToken() && tree.token(first - 1).word().equals(","))
        .orElse(false);
    return trailing || rel.equals("parataxis") || rel.equals("ccomp") && tree.governor(verb) > verb
        || tree.child(verb, "ccomp", "parataxis").isPresent();
  }

  private static String root(Trigger t) {
    return t.code().length() >= 2 ? t.code().substring(0, 2) : "";
  }
}
