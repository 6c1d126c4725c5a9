package org.dateline.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The basic-dependency tree of one sentence, the only one the stages navigate. Tokens are named by their
 * document-wide index, as in {@link Dependency}; a token outside the sentence, or any token of a sentence without
 * a parse, has no head ({@code -1}), no relation ({@code ""}) and no children, so every lookup simply finds nothing.
 *
 * <p>Relation names are Universal Dependencies', where a subtype follows a colon ("nsubj:pass" is a kind of
 * "nsubj"). {@link #child} accepts a relation and its subtypes; {@link #childExactly} accepts only the names given.
 * Children are always visited left to right, by token index, whatever order the parser listed its edges in.
 */
public final class DepTree {

  /** How deep a walk goes below its start: a guard against a malformed (cyclic) parse, never reached by a tree. */
  private static final int MAX_DEPTH = 60;

  private final Sentence sentence;
  private final int first;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children = new ArrayList<>();

  public DepTree(Sentence sentence) {
    this.sentence = sentence;
    this.first = sentence.firstToken();
    int n = sentence.endToken() - first;
    heads = new int[n];
    relations = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "");
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (!holds(d.dependent())) {
        continue;
      }
      heads[d.dependent() - first] = d.governor();
      relations[d.dependent() - first] = d.relation();
      if (holds(d.governor())) {
        children.get(d.governor() - first).add(d.dependent());
      }
    }
    children.forEach(k -> k.sort(null));
  }

  public Sentence sentence() {
    return sentence;
  }

  public boolean hasParse() {
    return !sentence.dependencies().isEmpty();
  }

  /** A token of this sentence, by document-wide index. */
  public Token token(int index) {
    return sentence.tokens().get(index - first);
  }

  /** The governor of {@code token}, or -1 for the root and for a token without a parse. */
  public int head(int token) {
    return holds(token) ? heads[token - first] : -1;
  }

  /** The relation of {@code token} to its head ("nsubj:pass", "root"), or "" without a parse. */
  public String relation(int token) {
    return holds(token) ? relations[token - first] : "";
  }

  /** The dependents of {@code token}, left to right. */
  public List<Integer> children(int token) {
    return holds(token) ? children.get(token - first) : List.of();
  }

  /** The leftmost dependent whose relation is {@code relation} or a subtype of it ("nsubj" finds "nsubj:pass"). */
  public int child(int token, String relation) {
    for (int k : children(token)) {
      if (relation(k).equals(relation) || relation(k).startsWith(relation + ":")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A dependent whose relation is exactly one of {@code relations}, which are tried in the order given: the
   * leftmost dependent of the first relation any dependent has ("nsubj" does not find "nsubj:pass"). -1 if none.
   */
  public int childExactly(int token, String... relations) {
    for (String r : relations) {
      for (int k : children(token)) {
        if (relation(k).equals(r)) {
          return k;
        }
      }
    }
    return -1;
  }

  /** The case marker of a nominal ("with" in "ties with Libya"), lower case, or "" when it has none. */
  public String caseOf(int token) {
    int marker = childExactly(token, "case");
    return marker < 0 ? "" : token(marker).word().toLowerCase(Locale.ROOT);
  }

  /** A passive clause: the verb has a passive subject or a passive auxiliary. */
  public boolean isPassive(int verb) {
    return childExactly(verb, "nsubj:pass", "aux:pass") >= 0;
  }

  /** The token and its dependents, recursively, not entering dependents whose relation is in {@code leaveOut}. */
  public List<Integer> subtree(int token, Set<String> leaveOut) {
    List<Integer> out = new ArrayList<>();
    collect(token, leaveOut, out, 0);
    out.sort(null);
    return out;
  }

  /** First and last token (inclusive) of {@link #subtree}: the words the token stands for. */
  public int[] span(int token, Set<String> leaveOut) {
    List<Integer> tokens = subtree(token, leaveOut);
    return new int[] {tokens.get(0), tokens.get(tokens.size() - 1)};
  }

  private void collect(int token, Set<String> leaveOut, List<Integer> out, int depth) {
    out.add(token);
    if (depth > MAX_DEPTH) {
      return;
    }
    for (int k : children(token)) {
      if (!leaveOut.contains(relation(k)) && k != token) {
        collect(k, leaveOut, out, depth + 1);
      }
    }
  }

  /** Whether {@code ancestor} dominates {@code token} (or is it). */
  public boolean dominates(int ancestor, int token) {
    for (int t = token, steps = 0; t >= 0 && steps < MAX_DEPTH; t = head(t), steps++) {
      if (t == ancestor) {
        return true;
      }
      if (!holds(t)) {
        return false;
      }
    }
    return false;
  }

  private boolean holds(int token) {
    return token >= first && token - first < heads.length;
  }
}
