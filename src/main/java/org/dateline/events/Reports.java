package org.dateline.events;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * Statement verbs that report something ("said", "noted"). A report of an event ("Hungary said it will support",
 * "..., a senior official said") is not news of its own: the reported event is. A sentence-final attribution
 * ("..., the agency said") and a speech verb with no content of its own are the source of what precedes them. What
 * remains is a forward report whose content holds no event ("Frodo said he has deep satisfaction toward Gondor"):
 * a statement (CAMEO 01) aimed at whoever the content names, and no event when it names no one. The same holds for
 * the cue of a quote, as PETRARCH2 codes no statement without a target.
 */
final class Reports {

  private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "xcomp");
  private static final Set<String> CONTENT = Set.of("ccomp", "parataxis");

  private Reports() {
  }

  /** The statement reports an event found in the same sentence: only that event is kept. */
  static boolean reportsAnEvent(DepTree tree, Trigger statement, Map<Integer, Trigger> byVerb) {
    int v = statement.verb();
    for (Trigger other : byVerb.values()) {
      if (other == statement || other.code().startsWith("01") && isReport(tree, other.verb())) {
        continue;  // "said ..., he noted": a second attribution of the same content is no reported event
      }
      // The reported clause below the statement verb ("said it will support"), at any depth of complements.
      int w = other.verb();
      for (int hops = 0; hops < 4 && w >= 0; hops++) {
        if (tree.head(w) == v && (REPORTED.contains(tree.relation(w)) || tree.relation(w).equals("advcl"))) {
          return true;
        }
        w = REPORTED.contains(tree.relation(w)) ? tree.head(w) : -1;
      }
    }
    // A reporting clause hanging off the event ("..., a senior official said"): parataxis or inverted ccomp.
    if (tree.relation(v).equals("parataxis") || tree.relation(v).equals("ccomp")) {
      int gov = tree.head(v);
      for (int i : tree.subtree(gov, Clauses.CLAUSAL)) {
        if (byVerb.containsKey(i) && i != v) {
          return true;
        }
      }
    }
    return false;
  }

  /** A statement verb with a clause as its content, before or after it: a report, which quotes.csv holds. */
  static boolean isReport(DepTree tree, int verb) {
    return isAttribution(tree, verb) || tree.childExactly(verb, "ccomp", "parataxis") >= 0;
  }

  /**
   * The report names its source after the news ("..., a senior official said", "X, he noted"), or has no content
   * of its own and follows the clause it attributes ("..., and Gondor and Dagolath, the newspaper said").
   */
  static boolean isAttribution(DepTree tree, int verb) {
    String rel = tree.relation(verb);
    int gov = tree.head(verb);
    return isTrailing(tree, verb) || rel.equals("parataxis") || rel.equals("ccomp") && gov > verb
        || isContentless(tree, verb) && gov >= 0 && gov < verb;
  }

  /** "..., a Jordanian official confirmed.": a clause that only names who says what precedes it. */
  static boolean isSourceClause(DepTree tree, int verb) {
    return isTrailing(tree, verb) && isContentless(tree, verb);
  }

  /** The verb's subject follows a comma ("..., a senior official said"). */
  private static boolean isTrailing(DepTree tree, int verb) {
    int subject = tree.childExactly(verb, "nsubj");
    if (subject < 0) {
      return false;
    }
    int first = tree.subtree(subject, Set.of()).get(0);
    return first > tree.sentence().firstToken() && tree.token(first - 1).word().equals(",");
  }

  private static boolean isContentless(DepTree tree, int verb) {
    return tree.childExactly(verb, "obj", "ccomp", "parataxis", "xcomp") < 0;
  }

  /** The clause a forward report reports ("said [he has ...]"), when it follows the verb. */
  static Optional<Integer> content(DepTree tree, int verb) {
    return tree.children(verb).stream().filter(k -> CONTENT.contains(tree.relation(k)) && k > verb).findFirst();
  }
}
