package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.doc.Dependency;
import org.dateline.doc.Sentence;

/**
 * Navigation over one sentence's basic dependencies (document-wide token indices). Without a parse every
 * token is its own root, so every lookup simply finds nothing.
 */
final class DepTree {

  private final int first;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> kids = new ArrayList<>();

  DepTree(Sentence s) {
    first = s.firstToken();
    int n = s.endToken() - first;
    head = new int[n];
    rel = new String[n];
    java.util.Arrays.fill(head, -1);
    java.util.Arrays.fill(rel, "");
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>());
    }
    for (Dependency d : s.dependencies()) {
      int local = d.dependent() - first;
      if (local < 0 || local >= n) {
        continue;
      }
      head[local] = d.governor();
      rel[local] = d.relation();
      if (d.governor() >= first && d.governor() - first < n) {
        kids.get(d.governor() - first).add(d.dependent());
      }
    }
    kids.forEach(k -> k.sort(Integer::compare));
  }

  int head(int token) {
    return head[token - first];
  }

  String rel(int token) {
    return rel[token - first];
  }

  List<Integer> children(int token) {
    return kids.get(token - first);
  }

  /** The first child whose relation is {@code relation} or a subtype of it ("nsubj" finds "nsubj:pass"). */
  int child(int token, String relation) {
    for (int k : children(token)) {
      if (rel(k).equals(relation) || rel(k).startsWith(relation + ":")) {
        return k;
      }
    }
    return -1;
  }

  /** First and last token (inclusive) of the subtree under {@code token}, leaving out the given relations. */
  int[] span(int token, Set<String> leaveOut) {
    int[] span = {token, token};
    extend(token, leaveOut, span, 0);
    return span;
  }

  private void extend(int token, Set<String> leaveOut, int[] span, int depth) {
    if (depth > 60) {
      return;
    }
    for (int k : children(token)) {
      if (leaveOut.contains(rel(k))) {
        continue;
      }
      span[0] = Math.min(span[0], k);
      span[1] = Math.max(span[1], k);
      extend(k, leaveOut, span, depth + 1);
    }
  }

  /** Whether {@code ancestor} dominates {@code token} (or is it). */
  boolean dominates(int ancestor, int token) {
    for (int t = token, steps = 0; t >= 0 && steps < 60; t = head(t), steps++) {
      if (t == ancestor) {
        return true;
      }
      if (t - first < 0 || t - first >= head.length) {
        return false;
      }
    }
    return false;
  }
}
