package org.dateline.events;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;

/**
 * Negation and modality of a trigger's clause. Modality is one of {@code asserted}, {@code planned} ("will meet",
 * "was scheduled to continue", "is ready to"), {@code possible} ("may be postponed"), {@code requested} ("must
 * ensure") and {@code hypothetical} ("if Russia does the same"). The clause is the trigger plus the chain of verbs
 * and adjectives it is the open complement (xcomp) of, since "plans to impose" is a planned imposition.
 * {@code declared} says the plan is stated as an intention: by a word of intent ("ready to", "plans to") or in a
 * reported clause ("said it will support"), not by a bare future ("Arnor will contribute").
 */
record Mood(boolean negated, String modality, boolean declared) {

  static final String ASSERTED = "asserted";
  static final String PLANNED = "planned";
  static final String POSSIBLE = "possible";
  static final String REQUESTED = "requested";
  static final String HYPOTHETICAL = "hypothetical";

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> MAYBE = Set.of("may", "might", "could", "can", "ca");
  private static final Set<String> OUGHT = Set.of("should", "must", "ought");
  private static final Set<String> PLANNERS = Set.of("plan", "intend", "schedule", "expect", "prepare", "aim",
      "set", "about", "ready", "willing", "prepared", "going", "decide", "hope", "want", "seek", "try", "due",
      "likely", "poised", "attempt", "consider", "propose");
  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  static Mood of(DepTree tree, int trigger) {
    boolean negated = false;
    boolean declared = false;
    String modality = ASSERTED;
    int t = trigger;
    for (int hops = 0; t >= 0 && hops < 6; hops++) {
      for (int k : tree.children(t)) {
        String w = tree.token(k).word().toLowerCase(Locale.ROOT);
        String rel = tree.relation(k);
        if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj"))
            && NEGATORS.contains(w)) {
          negated = true;
        } else if (rel.startsWith("aux") && FUTURE.contains(w)) {
          modality = stronger(modality, PLANNED);
        } else if (rel.startsWith("aux") && w.equals("would")) {
          modality = stronger(modality, reported(tree, t) ? PLANNED : HYPOTHETICAL);
        } else if (rel.startsWith("aux") && MAYBE.contains(w)) {
          modality = stronger(modality, POSSIBLE);
        } else if (rel.startsWith("aux") && OUGHT.contains(w)) {
          modality = stronger(modality, REQUESTED);
        } else if (rel.equals("mark") && CONDITIONS.contains(w)) {
          modality = HYPOTHETICAL;
        }
      }
      if (t != trigger && PLANNERS.contains(tree.token(t).lemma().toLowerCase(Locale.ROOT))) {
        modality = stronger(modality, PLANNED);
        declared = true;
      }
      if (!tree.relation(t).equals("xcomp")) {
        declared |= tree.relation(t).equals("ccomp") && tree.head(t) < t;
        break;
      }
      t = tree.head(t);
    }
    return new Mood(negated, modality, declared);
  }

  /** A verb of the planning class ("plan", "prepare", "aim", "seek"): its open complement is planned. */
  static boolean isPlanner(String lemma) {
    return PLANNERS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** "would" in reported speech ("said they would blockade Paris") is a stated plan, not a hypothesis. */
  private static boolean reported(DepTree tree, int verb) {
    return tree.relation(verb).equals("ccomp") || tree.relation(verb).equals("parataxis");
  }

  private static final java.util.List<String> ORDER = java.util.List.of(ASSERTED, PLANNED, POSSIBLE, REQUESTED,
      HYPOTHETICAL);

  private static String stronger(String a, String b) {
    return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
  }
}
