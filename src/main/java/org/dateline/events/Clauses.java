package org.dateline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * One event per clause chain. A verb that wraps another's open complement decides: "threatened to cut off",
 * "refused to deploy", "agreed to share", "demanded that" keep the wrapping verb (the complement is its content);
 * a verb of any other kind yields to its complement ("moved to restore ties"). Statement verbs that report (see
 * {@link Reports}) are kept only as the cue of a quote or as a forward report whose content holds no event, and
 * become events only when aimed at someone (at most one per quote); that is the fix for statement events inflating
 * counts. Statements with a nominal object ("announced a pause") stay events. Clauses that only set the time of
 * another ("after crowds burned down its embassy", "when one of the bombers detonated a device") or its condition
 * ("if the US goes ahead") are background, not events.
 */
final class Clauses {

  /** Dependents that start a clause of their own: their words belong to another predicate. */
  static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "parataxis", "acl:relcl", "acl", "csubj", "conj",
      "appos", "dep", "list");

  private static final Set<String> WRAPPING_ROOTS = Set.of("02", "03", "10", "12", "13");
  private static final Set<String> TEMPORAL = Set.of("after", "before", "since", "until", "when", "once");
  private static final Set<String> WHEN = Set.of("when", "whenever");
  private static final Set<String> CONDITIONS = Set.of("if", "unless");
  private static final Set<String> SUBORDINATE = Set.of("advcl", "acl", "acl:relcl", "dep");

  private Clauses() {
  }

  static List<Trigger> keep(DepTree tree, List<Trigger> all, Set<Integer> quoteCues) {
    // A verb of planning with an open complement ("plans to impose", "prepared to resume") is the complement's
    // mood (Mood: planned), not an act of its own: the complement is the event, or there is none.
    List<Trigger> found = all.stream().filter(t -> !isPlanner(tree, t)).toList();
    Map<Integer, Trigger> byVerb = new HashMap<>();
    for (Trigger t : found) {
      byVerb.putIfAbsent(t.verb(), t);
    }
    Set<Trigger> dropped = new HashSet<>();
    for (Trigger c : found) {
      if (tree.relation(c.verb()).equals("xcomp")) {
        Trigger g = byVerb.get(tree.head(c.verb()));
        if (g != null && g != c) {
          // A light verb's noun ("began a hunger strike to protest") is the event; its complement the purpose.
          dropped.add(WRAPPING_ROOTS.contains(root(g)) || g.nominal() ? c : g);
        }
      }
      Trigger above = eventAbove(tree, c, byVerb);
      if (isAim(tree, c.verb()) || isAimedAt(tree, c.verb()) || complementOfBackground(tree, c.verb()) || isTemporal(tree, c.verb()) || isCondition(tree, c.verb())
          || above != null && (WRAPPING_ROOTS.contains(root(above)) || isBackground(tree, c.verb()))) {
        // The content of a demand or threat ("demanded that the US cancel"), a purpose ("staged demonstrations
        // to demand reforms") or a relative clause ("whom they had taken hostage") is not an event of its own.
        dropped.add(c);
      }
    }
    for (Trigger c : found) {
      int v = c.verb();
      // Kept: a quote's cue, a statement with a nominal object, a forward report whose content holds no event.
      boolean source = Reports.isAttribution(tree, v) || Reports.content(tree, v).isEmpty();
      if (root(c).equals("01") && (Reports.reportsAnEvent(tree, c, byVerb)
          || Reports.isReport(tree, v) && !quoteCues.contains(v) && source)) {
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

  /**
   * An infinitive that modifies a noun ("their effort to overthrow the government", "a decision to send troops"):
   * what is aimed at or decided, not what happened.
   */
  private static boolean isAim(DepTree tree, int verb) {
    return tree.relation(verb).equals("acl") && hasMark(tree, verb, Set.of("to"));
  }

  /**
   * "talks aimed at ending a war", "a plan designed ... at curbing": a gerund a verb of planning takes with "at" is
   * what is aimed at, not what happened (as an infinitive complement would be).
   */
  private static boolean isAimedAt(DepTree tree, int verb) {
    int gov = tree.head(verb);
    boolean gerund = tree.token(verb).pos().equals("VBG");
    boolean at = hasMark(tree, verb, Set.of("at")) || tree.caseOf(verb).equals("at");
    return gerund && at && gov >= 0 && Mood.isPlanner(tree.token(gov).lemma());
  }

  /**
   * "a resolution that aims to tighten sanctions": the open complement of a verb in a background clause (a
   * relative or purpose clause, an aim) is background too, though its own relation is xcomp.
   */
  private static boolean complementOfBackground(DepTree tree, int verb) {
    int v = verb;
    for (int hops = 0; hops < 4 && tree.relation(v).equals("xcomp") && tree.head(v) >= 0; hops++) {
      v = tree.head(v);
    }
    return v != verb && (isBackground(tree, v) || isAim(tree, v));
  }

  /** A verb of planning with an open complement or an aim ("aimed at ending"): its complement's mood, no act. */
  private static boolean isPlanner(DepTree tree, Trigger t) {
    int v = t.verb();
    return !t.nominal() && Mood.isPlanner(tree.token(v).lemma())
        && (tree.child(v, "xcomp") >= 0 || tree.children(v).stream().anyMatch(k -> isAimedAt(tree, k)));
  }

  /** The nearest event whose clause this one is subordinate to (through complements and modifiers). */
  private static Trigger eventAbove(DepTree tree, Trigger t, Map<Integer, Trigger> byVerb) {
    int v = t.verb();
    for (int hops = 0; hops < 6; hops++) {
      String rel = tree.relation(v);
      int gov = tree.head(v);
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
    boolean purpose = rel.equals("advcl") && hasMark(tree, verb, Set.of("to"));
    boolean modifier = rel.equals("acl:relcl") || rel.equals("acl");
    int subject = tree.childExactly(verb, "nsubj", "nsubj:pass");
    return purpose || isTemporal(tree, verb)
        || modifier && (subject < 0 || Set.of("who", "which", "that").contains(lower(tree, subject)))
        || modifier && isPastPerfect(tree, verb);
  }

  /**
   * "whom they had taken hostage two weeks ago": a relative clause in the past perfect recalls what happened before
   * the news, as background to it; the main clause is the event.
   */
  private static boolean isPastPerfect(DepTree tree, int verb) {
    return tree.token(verb).pos().equals("VBN") && tree.children(verb).stream()
        .anyMatch(k -> tree.relation(k).equals("aux") && lower(tree, k).equals("had"));
  }

  /**
   * "five years after crowds burned down its embassy", "when one of the bombers detonated a device": a past event
   * recalled only to date another. The parser may hang such a clause on a noun (acl) or leave it loose (dep).
   */
  private static boolean isTemporal(DepTree tree, int verb) {
    if (!SUBORDINATE.contains(tree.relation(verb))) {
      return false;
    }
    boolean marked = hasMark(tree, verb, TEMPORAL);
    boolean when = tree.children(verb).stream().anyMatch(k -> tree.relation(k).equals("advmod") && k < verb
        && WHEN.contains(lower(tree, k)));
    return marked || when;
  }

  /** "if the United States goes ahead with the deployment": a condition, which did not happen (yet). */
  private static boolean isCondition(DepTree tree, int verb) {
    return hasMark(tree, verb, CONDITIONS);
  }

  /** The clause's (first) subordinating word is one of {@code words}, in lower case: "to", "if", "after". */
  static boolean hasMark(DepTree tree, int verb, Set<String> words) {
    int mark = tree.child(verb, "mark");
    return mark >= 0 && words.contains(lower(tree, mark));
  }

  private static String lower(DepTree tree, int token) {
    return tree.token(token).word().toLowerCase(java.util.Locale.ROOT);
  }

  private static String root(Trigger t) {
    return t.code().length() >= 2 ? t.code().substring(0, 2) : "";
  }
}
