package org.dateline.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * Where and when: a place in the trigger's clause ("in Moscow", "talks in Turkey"), and a date attached to the
 * clause or, failing that, to a clause it belongs to ("Last year, Putin rejected ... an offer Zelensky declined").
 */
final class Setting {

  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "to", "inside", "outside", "into",
      "across", "throughout", "within", "");
  private static final Set<String> NO_CLIMB = Set.of("root", "");

  private final DepTree tree;
  private final EntityTable entities;

  Setting(DepTree tree, EntityTable entities) {
    this.tree = tree;
    this.entities = entities;
  }

  /** The head of the first place in the trigger's clause that is not one of the {@code taken} participants. */
  Optional<Integer> location(List<Integer> clause, Set<Integer> taken) {
    for (int i : clause) {
      if (!taken.contains(i) && isPlace(tree.token(i)) && isHead(i)
          && (tree.relation(i).startsWith("obl") || tree.relation(i).startsWith("nmod"))
          && PLACE_CASES.contains(tree.caseOf(i))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A DATE mention with a value in the clause, else on the clauses above it; empty when there is none. */
  Optional<Mention> date(List<Integer> clause, int trigger) {
    for (int i : clause) {
      Optional<Mention> m = dateAt(i);
      if (m.isPresent()) {
        return m;
      }
    }
    int v = trigger;
    for (int hops = 0; hops < 8 && !NO_CLIMB.contains(tree.relation(v)); hops++) {
      v = tree.head(v);
      if (v < 0) {
        break;
      }
      for (int k : tree.children(v)) {
        String rel = tree.relation(k);
        if (rel.startsWith("obl") || rel.startsWith("nmod:tmod") || rel.equals("advmod")) {
          Optional<Mention> m = dateAt(k);
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> dateAt(int token) {
    return entities.mentionAt(tree.token(token))
        .filter(m -> m.type().equals("DATE") && m.normalized().matches("\\d{4}.*"));  // not PAST_REF
  }

  private boolean isPlace(Token t) {
    return entities.mentionAt(t).map(m -> m.type().equals("LOCATION")).orElse(false);
  }

  /** The token is the head of its mention (not "Moscow" inside "Moscow invitation" as a compound). */
  private boolean isHead(int token) {
    return !tree.relation(token).equals("compound");
  }
}
