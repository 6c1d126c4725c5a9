package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * "Clinton, who was speaking to the mayors, did not mention Trump, but told city leaders ...": the parser hangs
 * the main verbs on the relative clause, so a cue after it gets the relative pronoun as subject. A relative
 * clause set off by commas is closed before such a cue; the cue's subject is the noun the clause belongs to
 * ({@link Sources}).
 */
final class ClosedRelative {

  private static final Set<String> RELATIVES = Set.of("who", "which");

  private ClosedRelative() {
  }

  /** The antecedent in place of a relative pronoun whose comma-closed clause ends before the cue; else source. */
  static int antecedent(Doc doc, DepTree tree, int source, int cue) {
    if (source < 2 || source >= cue || !RELATIVES.contains(doc.tokens().get(source).word().toLowerCase(Locale.ROOT))
        || tree.head(source) == cue || !doc.tokens().get(source - 1).word().equals(",")) {
      return source;
    }
    Token noun = doc.tokens().get(source - 2);
    if (!noun.pos().startsWith("NN") || noun.sentence() != doc.tokens().get(cue).sentence()) {
      return source;
    }
    // "who is supporting Sanders, but has dismissed ...": a comma before "but" or "and" goes on with the clause.
    for (int k = source + 1; k < cue; k++) {
      if (doc.tokens().get(k).word().equals(",") && !doc.tokens().get(k + 1).pos().equals("CC")) {
        return source - 2;
      }
    }
    return source;
  }
}
