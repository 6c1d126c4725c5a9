package org.dateline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.Dependency;
import org.dateline.doc.Doc;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/** Navigation over one sentence's basic dependencies (document-wide token indices, as in {@link Dependency}). */
final class DepTree {

  /** Dependents that start a clause of their own: their words belong to another predicate. */
  static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "parataxis", "acl:relcl", "acl", "csubj", "conj",
      "appos", "dep", "list");

  private final Doc doc;
  private final Sentence sentence;
  private final Map<Integer, Dependency> head = new HashMap<>();
  private final Map<Integer, List<Dependency>> children = new HashMap<>();

  DepTree(Doc doc, Sentence sentence) {
    this.doc = doc;
    this.sentence = sentence;
    for (Dependency d : sentence.dependencies()) {
      head.put(d.dependent(), d);
      if (d.governor() >= 0) {
        children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int index) {
    return doc.tokens().get(index);
  }

  /** The article text from the start of {@code first} to the end of {@code last}. */
  String text(Token first, Token last) {
    return doc.text(first.start(), last.end());
  }

  String relation(int token) {
    Dependency d = head.get(token);
    return d == null ? "" : d.relation();
  }

  int governor(int token) {
    Dependency d = head.get(token);
    return d == null ? -1 : d.governor();
  }

  List<Dependency> children(int token) {
    return children.getOrDefault(token, List.of());
  }

  /** The first dependent whose relation is one of {@code relations} (exact, or the base before ':'). */
  Optional<Integer> child(int token, String... relations) {
    for (String r : relations) {
      for (Dependency d : children(token)) {
        if (d.relation().equals(r)) {
          return Optional.of(d.dependent());
        }
      }
    }
    return Optional.empty();
  }

  /** The preposition or case marker of a nominal ("with" in "ties with Libya"), lower case, or empty. */
  String caseOf(int token) {
    for (Dependency d : children(token)) {
      if (d.relation().equals("case")) {
        return token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "";
  }

  /** The token and its dependents, recursively, not entering the relations in {@code stop}. Sorted. */
  List<Integer> subtree(int token, Set<String> stop) {
    List<Integer> out = new ArrayList<>();
    collect(token, stop, out, 0);
    out.sort(null);
    return out;
  }

  private void collect(int token, Set<String> stop, List<Integer> out, int depth) {
    out.add(token);
    if (depth > 40) {
      return;
    }
    for (Dependency d : children(token)) {
      if (!stop.contains(d.relation()) && d.dependent() != token) {
        collect(d.dependent(), stop, out, depth + 1);
      }
    }
  }

  boolean isPassive(int verb) {
    return child(verb, "nsubj:pass", "aux:pass").isPresent();
  }

  boolean hasParse() {
    return !sentence.dependencies().isEmpty();
  }
}
