package org.dateline.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Keys joined into groups (union-find); the root of a group is the alphabetically first key, so it is stable. */
final class Groups {

  private final Map<String, String> parent = new HashMap<>();

  String root(String key) {
    String p = parent.getOrDefault(key, key);
    if (p.equals(key)) {
      return key;
    }
    String r = root(p);
    parent.put(key, r);
    return r;
  }

  void join(String a, String b) {
    String ra = root(a);
    String rb = root(b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** The distinct groups of {@code keys}. */
  Set<String> roots(Iterable<String> keys) {
    Set<String> roots = new TreeSet<>();
    keys.forEach(k -> roots.add(root(k)));
    return roots;
  }
}
